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
 * @param condition true for standing conditions that hold at the time of writing (in force, holding,
 *                stalled, no meeting planned); false for states that begin with a dated event (agreed,
 *                held, suspended). extract-service dates an undated claim of a condition on the day the
 *                article was published, and an undated event on the day the article's story is about
 * @param demand  true for the planned state that asking for one of the vocabulary's later states amounts to
 *                (property's return-demanded): extract-service reads "Moscow wants the compounds returned" as
 *                this state, not as a planned return. At most one per vocabulary, and it must be planned
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record StateDef(String id, String label, String description, boolean planned, List<String> cues,
                       boolean condition, boolean demand) {

    public StateDef {
        cues = cues == null ? List.of() : List.copyOf(cues);
    }

    /** A state that begins with an event (the shape before {@code condition} existed). */
    public StateDef(String id, String label, String description, boolean planned, List<String> cues) {
        this(id, label, description, planned, cues, false, false);
    }

    /** A state that is no demand (the shape before {@code demand} existed). */
    public StateDef(String id, String label, String description, boolean planned, List<String> cues, boolean condition) {
        this(id, label, description, planned, cues, condition, false);
    }
}
