package dev.newsmon.events.watchlist;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One state of a vocabulary.
 *
 * @param label   human words for summaries ("withdrawal announced")
 * @param planned true for states about the future (proposed, scheduled, withdrawal-announced): only
 *                these may be established by expected or hedged claims
 * @param cues    phrases (case-insensitive, word boundaries) that signal this state in a sentence
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record StateDef(String id, String label, String description, boolean planned, List<String> cues) {

    public StateDef {
        cues = cues == null ? List.of() : List.copyOf(cues);
    }
}
