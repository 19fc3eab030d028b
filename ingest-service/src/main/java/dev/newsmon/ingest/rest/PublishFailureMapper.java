package dev.newsmon.ingest.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.newsmon.ingest.service.PublishException;

/** A write Kafka did not acknowledge: 503, so the caller retries; nothing is claimed accepted. */
public class PublishFailureMapper {

    @ServerExceptionMapper
    public Response publishFailed(PublishException e) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(e.getMessage(), null)).build();
    }

    @ServerExceptionMapper
    public Response timedOut(IllegalStateException e) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(e.getMessage(), null)).build();
    }
}
