package dev.newsmon.events.watchlist;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One watched issue.
 *
 * @param id          stable id subscribers filter by (e.g. {@code new-start})
 * @param name        human name used in alert summaries ("New START treaty")
 * @param aliases     phrases that name the issue on their own, matched case-insensitively on word boundaries
 * @param exactAliases phrases matched case-sensitively ("New START", where "new start" is ordinary English)
 * @param weakAliases phrases that count only when a {@code context} phrase occurs in the same sentence or article
 * @param context     phrases that confirm weak aliases (e.g. Daraa, Quneitra for the Syria ceasefire)
 * @param exclude     phrases that veto a weak match in the same sentence (e.g. "Gaza" for the Syria ceasefire)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record WatchedIssue(
        String id,
        String name,
        String description,
        List<String> aliases,
        List<String> exactAliases,
        List<String> weakAliases,
        List<String> context,
        List<String> exclude,
        List<Aspect> aspects) {

    public WatchedIssue {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        exactAliases = exactAliases == null ? List.of() : List.copyOf(exactAliases);
        weakAliases = weakAliases == null ? List.of() : List.copyOf(weakAliases);
        context = context == null ? List.of() : List.copyOf(context);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        aspects = aspects == null ? List.of() : List.copyOf(aspects);
    }

    public Optional<Aspect> aspect(String aspectId) {
        return aspects.stream().filter(a -> a.id().equals(aspectId)).findFirst();
    }
}
