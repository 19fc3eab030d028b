package dev.newsmon.alert.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every {@code /api/**} call needs {@code Authorization: Bearer <newsmon.api.token>}; the SSE stream also
 * accepts {@code ?access_token=} because browsers' EventSource cannot set headers. Compared in constant time;
 * the token is never logged. Without a configured token the API is closed, not open.
 */
public class ApiTokenFilter {

    @ConfigProperty(name = "newsmon.api.token")
    Optional<String> token;

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.equals("/api") || path.startsWith("/api/"))) {
            return null;
        }
        String presented = null;
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            presented = header.substring(7).strip();
        } else if (path.equals("/api/alerts/stream")) {
            presented = request.getUriInfo().getQueryParameters().getFirst("access_token");
        }
        if (token.isEmpty() || token.get().isBlank()) {
            return unauthorized("the API is closed: no token is configured (newsmon.api.token / NEWSMON_API_TOKEN)");
        }
        if (presented == null || !MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                token.get().getBytes(StandardCharsets.UTF_8))) {
            return unauthorized(presented == null ? "missing bearer token" : "invalid bearer token");
        }
        return null;
    }

    private static Response unauthorized(String why) {
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsmon\"")
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", why))
                .build();
    }
}
