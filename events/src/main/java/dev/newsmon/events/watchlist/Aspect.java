package dev.newsmon.events.watchlist;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One facet of an issue that has a state, e.g. a treaty's {@code status} or a summit's {@code next-meeting}.
 *
 * @param vocabulary the key of the state vocabulary in {@link Watchlist#vocabularies()}
 * @param cues       phrases that point a sentence at this aspect rather than another of the same issue
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Aspect(String id, String name, String vocabulary, List<String> cues) {

    public Aspect {
        cues = cues == null ? List.of() : List.copyOf(cues);
    }
}
