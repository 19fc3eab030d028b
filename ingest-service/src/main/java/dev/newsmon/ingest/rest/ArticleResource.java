package dev.newsmon.ingest.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.newsmon.ingest.service.PushResult;
import dev.newsmon.ingest.service.PushService;
import io.smallrye.common.annotation.Blocking;

/**
 * Pushed articles. 200 when everything was accepted, 400 when anything was rejected (the valid
 * ones are still written and listed), 503 when Kafka did not acknowledge a write.
 */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles")
@SecurityRequirement(name = "bearer")
@Blocking
public class ArticleResource {

    public static final String FILENAME_HEADER = "X-Newsmon-Filename";

    @Inject
    PushService pushService;

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Push one article file (header block, ---, body)")
    public Response pushArticleFile(@HeaderParam(FILENAME_HEADER) String filename, String body) {
        return answer(pushService.pushArticleFile(filename, body));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Push one JSON article or an array of them")
    public Response pushJson(String body) {
        return answer(pushService.pushJson(body));
    }

    private static Response answer(PushResult result) {
        return Response.status(result.rejected().isEmpty() ? 200 : 400).entity(result).build();
    }
}
