package dev.newsmon.alert.rest;

import java.net.URI;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.newsmon.alert.config.AlertConfig;

/**
 * The two dynamic bits of the dashboard, whose files come from the {@code newsmon-dashboard} jar:
 * {@code /dashboard} without its slash would break the page's relative links, and {@code config.json}
 * tells the page where ingest-service is (for the Feeds page). Both sit outside {@code /api}, so the
 * token filter lets them through: they reveal nothing a user of the page could not type in.
 */
@Path("/dashboard")
public class DashboardResource {

    private final String ingestUrl;

    public DashboardResource(AlertConfig config) {
        this.ingestUrl = config.ingestUrl();
    }

    @GET
    public Response withSlash() {
        // Relative, so it stays right behind a proxy that rewrites host or scheme.
        return Response.status(Response.Status.MOVED_PERMANENTLY).header("Location", "/dashboard/").build();
    }

    @GET
    @Path("/config.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response config() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(Map.of("ingestUrl", ingestUrl)).cacheControl(noStore).build();
    }
}
