package dev.newsmon.alert.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestStreamElementType;

import dev.newsmon.alert.streams.StoreQueries;
import dev.newsmon.events.Alert;
import dev.newsmon.events.AlertType;
import io.smallrye.mutiny.Multi;

@Path("/api/alerts")
public class AlertResource {

    static final int MAX_LIMIT = 1000;

    private final StoreQueries queries;
    private final AlertBroadcaster broadcaster;

    public AlertResource(StoreQueries queries, AlertBroadcaster broadcaster) {
        this.queries = queries;
        this.broadcaster = broadcaster;
    }

    /** Newest first. {@code since}: an ISO instant or date; {@code limit} 1..1000, default 100. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Alert> list(@QueryParam("issue") String issue, @QueryParam("type") String type,
            @QueryParam("since") String since, @QueryParam("limit") Integer limit) {
        Optional<AlertType> wantedType = Optional.ofNullable(type).filter(t -> !t.isBlank()).map(AlertResource::type);
        Optional<Instant> from = Optional.ofNullable(since).filter(s -> !s.isBlank()).map(AlertResource::instant);
        int max = limit == null ? 100 : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw new ErrorMappers.BadRequest("limit must be between 1 and " + MAX_LIMIT);
        }
        return queries.alerts(Optional.ofNullable(issue).filter(i -> !i.isBlank())).stream()
                .filter(a -> wantedType.map(t -> t == a.type()).orElse(true))
                .filter(a -> from.map(f -> a.detectedAt() != null && !a.detectedAt().isBefore(f)).orElse(true))
                .sorted(Comparator.comparing(Alert::detectedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(max)
                .toList();
    }

    /** Server-sent events: each {@code data:} is one Alert as JSON, from now on. */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<Alert> stream() {
        return broadcaster.stream();
    }

    private static AlertType type(String text) {
        try {
            return AlertType.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ErrorMappers.BadRequest("type must be UPDATE or CONTRADICTION, not '" + text + "'");
        }
    }

    private static Instant instant(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ErrorMappers.BadRequest("since must be an ISO date (2019-02-02) or instant (2019-02-02T10:00:00Z), not '" + text + "'");
        }
    }
}
