package dev.newsmon.alert.rest;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.newsmon.alert.streams.ClaimHistory;
import dev.newsmon.alert.streams.StoreQueries;
import dev.newsmon.events.watchlist.Vocabulary;
import dev.newsmon.events.watchlist.WatchedIssue;
import dev.newsmon.events.watchlist.Watchlist;

@Path("/api/issues")
@Produces(MediaType.APPLICATION_JSON)
public class IssueResource {

    private final Watchlist watchlist;
    private final StoreQueries queries;

    public IssueResource(Watchlist watchlist, StoreQueries queries) {
        this.watchlist = watchlist;
        this.queries = queries;
    }

    /** One entry per aspect's current state. */
    public record IssueSummary(String id, String name, List<AspectState> aspects) {
    }

    public record AspectState(String aspect, String name, String currentState, String currentLabel, int claims) {
    }

    @GET
    public List<IssueSummary> list() {
        return watchlist.issues().stream().map(issue -> {
            Timeline timeline = timeline(issue);
            return new IssueSummary(issue.id(), issue.name(), timeline.aspects().stream()
                    .map(a -> new AspectState(a.aspect(), a.name(), a.current() == null ? null : a.current().state(),
                            a.current() == null ? null : a.current().label(), a.claims().size()))
                    .toList());
        }).toList();
    }

    @GET
    @Path("/{id}/timeline")
    public Timeline timeline(@PathParam("id") String id) {
        WatchedIssue issue = watchlist.issue(id).orElseThrow(() -> new NotFoundException("unknown issue '" + id + "'"));
        return timeline(issue);
    }

    private Timeline timeline(WatchedIssue issue) {
        Map<String, ClaimHistory> byAspect = queries.histories(issue.id()).stream()
                .filter(h -> h.issue().equals(issue.id()))
                .collect(Collectors.toMap(ClaimHistory::aspect, Function.identity(), (a, b) -> a));
        return new Timeline(issue.id(), issue.name(), issue.aspects().stream()
                .map(aspect -> {
                    Vocabulary vocabulary = watchlist.vocabularies().get(aspect.vocabulary());
                    return Timeline.of(issue, aspect, vocabulary, byAspect.get(aspect.id()));
                })
                .toList());
    }
}
