package dev.newsmon.ingest.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.newsmon.ingest.feed.FeedDefinition;
import dev.newsmon.ingest.feed.FeedListReader;
import dev.newsmon.ingest.feed.FeedSpec;
import dev.newsmon.ingest.service.FeedRegistry;
import dev.newsmon.ingest.service.FeedService;
import dev.newsmon.ingest.service.InvalidFeedException;
import dev.newsmon.ingest.service.PollOutcome;
import dev.newsmon.ingest.service.PollScheduler;
import dev.newsmon.ingest.service.PublishException;
import io.smallrye.common.annotation.Blocking;

/** The feed registry: add, list, get, delete, OPML import, and poll-now. */
@Path("/api/feeds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "feeds")
@SecurityRequirement(name = "bearer")
@Blocking
public class FeedResource {

    private static final long WRITE_TIMEOUT_SECONDS = 60;

    @Inject
    FeedService feedService;

    @Inject
    FeedRegistry registry;

    @Inject
    PollScheduler scheduler;

    @GET
    @Operation(summary = "All registered feeds with their health and last fetch")
    public List<FeedView> list() {
        return registry.feeds().stream().map(this::view).toList();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        return registry.feed(id).map(f -> Response.ok(view(f)).build())
                .orElseGet(() -> notFound(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a feed (201), or update the registration of the same URL (200)")
    public Response add(FeedRequest request) {
        if (request == null) {
            return Response.status(400).entity(new ErrorBody("body must be a JSON object with at least 'url'", null)).build();
        }
        Integer interval = request.pollIntervalSeconds();
        if (interval == null && request.pollInterval() != null && !request.pollInterval().isBlank()) {
            try {
                interval = FeedListReader.parseSeconds(request.pollInterval());
            } catch (IllegalArgumentException e) {
                return Response.status(400).entity(new ErrorBody("pollInterval " + e.getMessage(), "pollInterval")).build();
            }
        }
        FeedSpec spec = new FeedSpec(request.url(), request.name(), request.publisher(), interval, request.fullText());
        try {
            FeedRegistry.Registration r = await(feedService.register(spec, "api").toCompletableFuture());
            return Response.status(r.created() ? 201 : 200).entity(view(r.feed())).build();
        } catch (InvalidFeedException e) {
            return Response.status(400).entity(new ErrorBody(e.getMessage(), e.field())).build();
        }
    }

    @POST
    @Path("/opml")
    @Consumes({"text/x-opml", MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.TEXT_PLAIN,
            MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import every outline with an xmlUrl from an OPML document")
    public Response importOpml(byte[] body) {
        FeedListReader.FeedList list = FeedListReader.readOpml(body == null ? new byte[0] : body);
        List<FeedView> added = new ArrayList<>();
        List<Map<String, String>> rejected = new ArrayList<>();
        list.errors().forEach(e -> rejected.add(Map.of("error", e)));
        for (FeedSpec spec : list.feeds()) {
            try {
                FeedRegistry.Registration r = await(feedService.register(spec, "opml").toCompletableFuture());
                added.add(view(r.feed()));
            } catch (InvalidFeedException e) {
                rejected.add(Map.of("url", String.valueOf(spec.url()), "error", e.getMessage()));
            }
        }
        return Response.status(rejected.isEmpty() ? 200 : 400).entity(Map.of("added", added, "rejected", rejected)).build();
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        boolean deleted = await(registry.delete(id).toCompletableFuture());
        return deleted ? Response.noContent().build() : notFound(id);
    }

    @POST
    @Path("/{id}/poll")
    @Operation(summary = "Poll a feed now, outside its schedule, and report what happened")
    public Response pollNow(@PathParam("id") String id) {
        if (registry.feed(id).isEmpty()) {
            return notFound(id);
        }
        if (!scheduler.owns(id)) {
            return Response.status(409).entity(new ErrorBody("feed " + id
                    + " is polled by another replica (or this replica has not joined the group yet)", null)).build();
        }
        PollOutcome outcome = await(scheduler.pollNow(id));
        return Response.ok(outcome).build();
    }

    private FeedView view(FeedDefinition f) {
        return FeedView.of(f, registry.state(f.id()), scheduler.owns(f.id()));
    }

    private static Response notFound(String id) {
        return Response.status(404).entity(new ErrorBody("no feed " + id, "id")).build();
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get(WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new PublishException("write to Kafka failed: " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out writing to Kafka", e);
        }
    }
}
