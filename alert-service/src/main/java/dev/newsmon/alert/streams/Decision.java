package dev.newsmon.alert.streams;

import java.util.List;

import dev.newsmon.events.Alert;

/**
 * The outcome of judging one claim.
 *
 * @param alert                null unless the verdict is UPDATE or CONTRADICTION
 * @param history              the aspect's history after the claim (unchanged for duplicates)
 * @param corroboratingSources for corroborations: the sources now reporting the latest state
 * @param change               what the claim changed in the history (what the store must write); null for duplicates
 */
public record Decision(Verdict verdict, Alert alert, ClaimHistory history, List<String> corroboratingSources, ClaimHistory.Change change) {

    Decision(Verdict verdict, Alert alert, ClaimHistory.Change change, List<String> corroboratingSources) {
        this(verdict, alert, change.after(), corroboratingSources, change);
    }

    public boolean alerts() {
        return alert != null;
    }
}
