package dev.newsmon.events.watchlist;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The states an aspect can be in, and how they relate.
 *
 * @param states                  the states; each with its cues for extraction
 * @param incompatible            pairs of states that cannot both hold at the same time; a claim of one
 *                                against a known claim of the other within {@code contradictionWindowDays}
 *                                is a CONTRADICTION
 * @param contradictionWindowDays how close in event time two claims must be to be "about the same time"
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Vocabulary(
        String description,
        List<StateDef> states,
        List<List<String>> incompatible,
        int contradictionWindowDays) {

    public Vocabulary {
        states = states == null ? List.of() : List.copyOf(states);
        incompatible = incompatible == null ? List.of() : incompatible.stream().map(List::copyOf).toList();
    }

    public Optional<StateDef> state(String id) {
        return states.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public boolean incompatible(String a, String b) {
        return incompatible.stream().anyMatch(p -> (p.get(0).equals(a) && p.get(1).equals(b))
                || (p.get(0).equals(b) && p.get(1).equals(a)));
    }
}
