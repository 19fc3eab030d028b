package dev.newsmon.alert.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.newsmon.alert.streams.AlertRules;
import dev.newsmon.alert.streams.ClaimHistory;
import dev.newsmon.alert.streams.HistoryEntry;
import dev.newsmon.events.Claim;
import dev.newsmon.events.watchlist.Aspect;
import dev.newsmon.events.watchlist.StateDef;
import dev.newsmon.events.watchlist.Vocabulary;
import dev.newsmon.events.watchlist.WatchedIssue;

/** The JSON of {@code GET /api/issues/{id}/timeline}: per aspect, the states over time with their evidence. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Timeline(String issue, String name, List<AspectTimeline> aspects) {

    /**
     * @param states a run of claims establishing the same state, in event-time order
     * @param claims every claim, including those that establish no state (negated, hedged, denied)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AspectTimeline(String aspect, String name, StateRun current, List<StateRun> states, List<ClaimView> claims) {
    }

    public record StateRun(String state, String label, LocalDate from, LocalDate lastReported, List<String> sources, List<ClaimView> evidence) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClaimView(String claimId, String state, LocalDate date, String polarity, String modality, String attributedTo,
            boolean establishesState, String source, String url, String title, String sentence, double confidence) {

        static ClaimView of(HistoryEntry e, boolean establishes) {
            Claim c = e.claim();
            return new ClaimView(c.claimId(), c.state(), e.shownDate(),
                    c.polarity() == null ? null : c.polarity().name().toLowerCase(java.util.Locale.ROOT),
                    c.modality() == null ? null : c.modality().name().toLowerCase(java.util.Locale.ROOT),
                    c.attributedTo(), establishes, c.source(), c.articleUrl(), c.articleTitle(),
                    c.evidence() == null ? null : c.evidence().sentence(), c.confidence());
        }
    }

    static AspectTimeline of(WatchedIssue issue, Aspect aspect, Vocabulary vocabulary, ClaimHistory history) {
        List<StateRun> runs = new ArrayList<>();
        List<ClaimView> claims = new ArrayList<>();
        String runState = null;
        List<HistoryEntry> run = new ArrayList<>();
        for (HistoryEntry e : history == null ? List.<HistoryEntry>of() : history.entries()) {
            boolean establishes = AlertRules.establishesState(e.claim(), vocabulary);
            claims.add(ClaimView.of(e, establishes));
            if (!establishes) {
                continue;
            }
            if (runState != null && !runState.equals(e.claim().state())) {
                runs.add(run(runState, vocabulary, run));
                run = new ArrayList<>();
            }
            runState = e.claim().state();
            run.add(e);
        }
        if (runState != null) {
            runs.add(run(runState, vocabulary, run));
        }
        return new AspectTimeline(aspect.id(), aspect.name(), runs.isEmpty() ? null : runs.get(runs.size() - 1), runs, claims);
    }

    private static StateRun run(String state, Vocabulary vocabulary, List<HistoryEntry> entries) {
        Set<String> sources = new LinkedHashSet<>();
        entries.forEach(e -> {
            if (e.claim().source() != null) {
                sources.add(e.claim().source());
            }
        });
        return new StateRun(state, vocabulary.state(state).map(StateDef::label).orElse(state),
                entries.get(0).shownDate(), entries.get(entries.size() - 1).shownDate(), List.copyOf(sources),
                entries.stream().map(e -> ClaimView.of(e, true)).toList());
    }
}
