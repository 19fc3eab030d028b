package dev.newsmon.alert.streams;

import java.util.List;

import dev.newsmon.events.Alert;

/**
 * The outcome of judging one claim.
 *
 * @param alert                null unless the verdict is UPDATE or CONTRADICTION
 * @param history              the aspect's history after the claim (unchanged for duplicates)
 * @param corroboratingSources for corroborations: the sources now reporting the latest state
 */
public record Decision(Verdict verdict, Alert alert, ClaimHistory history, List<String> corroboratingSources) {

    public boolean alerts() {
        return alert != null;
    }
}
