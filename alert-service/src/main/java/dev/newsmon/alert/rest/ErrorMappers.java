package dev.newsmon.alert.rest;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.newsmon.alert.streams.StoreQueries;
import dev.newsmon.alert.subscription.InvalidSubscriptionException;
import dev.newsmon.alert.subscription.SubscriptionRegistry;

/** Errors as JSON that say what was wrong. */
public class ErrorMappers {

    @ServerExceptionMapper
    public Response invalidSubscription(InvalidSubscriptionException e) {
        return json(Response.Status.BAD_REQUEST, Map.of("error", "invalid subscription", "problems", e.problems()));
    }

    @ServerExceptionMapper
    public Response badRequest(BadRequest e) {
        return json(Response.Status.BAD_REQUEST, Map.of("error", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response notReady(StoreQueries.NotReadyException e) {
        return json(Response.Status.SERVICE_UNAVAILABLE, Map.of("error", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response storageUnavailable(SubscriptionRegistry.StorageUnavailableException e) {
        return json(Response.Status.SERVICE_UNAVAILABLE, Map.of("error", e.getMessage()));
    }

    static Response json(Response.Status status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    /** A query parameter that cannot be understood; the message names it. */
    public static class BadRequest extends RuntimeException {
        public BadRequest(String message) {
            super(message);
        }
    }
}
