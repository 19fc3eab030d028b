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

    /**
     * An issue with each aspect's current state, plus what the watchlist says about it (description,
     * aliases, each aspect's state vocabulary) so a client can label states and mark evidence without
     * a copy of the watchlist.
     */
    public record IssueSummary(String id, String name, String description, List<String> aliases,
                               List<String> exactAliases, List<AspectState> aspects) {
    }

    public record AspectState(String aspect, String name, String currentState, String currentLabel, int claims,
                              List<StateView> states) {
    }

    /** One state of an aspect's vocabulary; {@code planned} states are intentions, not facts. */
    public record StateView(String id, String label, boolean planned, List<String> cues) {
    }

    @GET
    public List<IssueSummary> list() {
        return watchlist.issues().stream().map(issue -> {
            Timeline timeline = timeline(issue);
            return new IssueSummary(issue.id(), issue.name(), issue.description(), orEmpty(issue.aliases()),
                    orEmpty(issue.exactAliases()), timeline.aspects().stream()
                    .map(a -> new AspectState(a.aspect(), a.name(), a.current() == null ? null : a.current().state(),
                            a.current() == null ? null : a.current().label(), a.claims().size(),
                            states(issue, a.aspect())))
                    .toList());
        }).toList();
    }

    @GET
    @Path("/{id}/timeline")
    public Timeline timeline(@PathParam("id") String id) {
        WatchedIssue issue = watchlist.issue(id).orElseThrow(() -> new NotFoundException("unknown issue '" + id + "'"));
        return timeline(issue);
    }

    private List<StateView> states(WatchedIssue issue, String aspectId) {
        return issue.aspect(aspectId)
                .map(aspect -> watchlist.vocabularies().get(aspect.vocabulary()))
                .map(vocabulary -> vocabulary.states().stream()
                        .map(state -> new StateView(state.id(), state.label(), state.planned(), orEmpty(state.cues())))
                        .toList())
                .orElse(List.of());
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
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
