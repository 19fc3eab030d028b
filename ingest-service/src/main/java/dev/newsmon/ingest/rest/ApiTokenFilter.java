package dev.newsmon.ingest.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.newsmon.ingest.service.IngestLifecycle;

/**
 * Every {@code /api} call needs {@code Authorization: Bearer <newsmon.api.token>}; health, metrics
 * and OpenAPI stay open. Tokens are compared in constant time and never logged. Until the state is
 * loaded, API calls get 503 rather than risk publishing a duplicate.
 */
public class ApiTokenFilter {

    @ConfigProperty(name = "newsmon.api.token")
    Optional<String> token;

    @Inject
    IngestLifecycle lifecycle;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.equals("/api") && !path.startsWith("/api/")) {
            return Optional.empty();
        }
        if (!authorized(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            return Optional.of(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsmon\"")
                    .type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "missing or wrong bearer token")).build());
        }
        if (!lifecycle.isReady()) {
            return Optional.of(Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "ingest state is still loading from Kafka")).build());
        }
        return Optional.empty();
    }

    private boolean authorized(String header) {
        if (token.isEmpty() || token.get().isBlank() || header == null) {
            return false;
        }
        String prefix = "Bearer ";
        if (header.length() <= prefix.length() || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return false;
        }
        byte[] given = header.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.get().strip().getBytes(StandardCharsets.UTF_8));
    }
}
