package dev.newsmon.events.watchlist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Loads and validates a watchlist. Validation is strict and names the bad entry, because a
 * watchlist is edited by hand (a ConfigMap) and a typo must fail at startup, not silently tag nothing.
 */
public final class WatchlistLoader {

    public static final String DEFAULT_RESOURCE = "/watchlist/default.yaml";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private WatchlistLoader() {
    }

    /** The watchlist shipped with newsmon. */
    public static Watchlist loadDefault() {
        try (InputStream in = WatchlistLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("default watchlist " + DEFAULT_RESOURCE + " is missing from the classpath");
            }
            return parse(DEFAULT_RESOURCE, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file when a path is given, the default otherwise. */
    public static Watchlist load(Path file) {
        if (file == null) {
            return loadDefault();
        }
        try {
            return parse(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InvalidWatchlistException(file + ": cannot read: " + e.getMessage());
        }
    }

    public static Watchlist parse(String origin, byte[] yaml) {
        Watchlist watchlist;
        try {
            watchlist = YAML.readValue(yaml, Watchlist.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidWatchlistException(origin + ": unknown key '" + e.getPropertyName() + "' at "
                    + e.getPathReference() + " (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            String detail = e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                    ? j.getOriginalMessage() + (j.getLocation() != null ? " (line " + j.getLocation().getLineNr() + ")" : "")
                    : e.getMessage();
            throw new InvalidWatchlistException(origin + ": not a valid watchlist: " + detail);
        }
        List<String> problems = validate(watchlist);
        if (!problems.isEmpty()) {
            throw new InvalidWatchlistException(origin + ": " + String.join("; ", problems));
        }
        return watchlist;
    }

    static List<String> validate(Watchlist w) {
        List<String> problems = new ArrayList<>();
        if (w.vocabularies() == null || w.vocabularies().isEmpty()) {
            problems.add("no vocabularies");
        } else {
            w.vocabularies().forEach((name, vocabulary) -> {
                Set<String> ids = new HashSet<>();
                if (vocabulary.states().isEmpty()) {
                    problems.add("vocabulary '" + name + "' has no states");
                }
                for (StateDef state : vocabulary.states()) {
                    if (state.id() == null || !ID.matcher(state.id()).matches()) {
                        problems.add("vocabulary '" + name + "': state id '" + state.id() + "' must be lower-case words joined by '-'");
                    } else if (!ids.add(state.id())) {
                        problems.add("vocabulary '" + name + "': duplicate state '" + state.id() + "'");
                    }
                    if (state.label() == null || state.label().isBlank()) {
                        problems.add("vocabulary '" + name + "': state '" + state.id() + "' has no label");
                    }
                    if (state.demand() && !state.planned()) {
                        problems.add("vocabulary '" + name + "': demand state '" + state.id() + "' must also be planned (a demand is about the future)");
                    }
                }
                List<String> demands = vocabulary.states().stream().filter(StateDef::demand).map(StateDef::id).toList();
                if (demands.size() > 1) {
                    problems.add("vocabulary '" + name + "': only one state may be the demand, not " + demands);
                }
                for (List<String> pair : vocabulary.incompatible()) {
                    if (pair.size() != 2) {
                        problems.add("vocabulary '" + name + "': incompatible entry " + pair + " must name exactly two states");
                    } else {
                        pair.stream().filter(s -> !ids.contains(s)).forEach(s ->
                                problems.add("vocabulary '" + name + "': incompatible names unknown state '" + s + "'"));
                    }
                }
                if (vocabulary.contradictionWindowDays() < 0) {
                    problems.add("vocabulary '" + name + "': contradictionWindowDays must not be negative");
                }
            });
        }
        if (w.issues() == null || w.issues().isEmpty()) {
            problems.add("no issues");
            return problems;
        }
        Set<String> issueIds = new HashSet<>();
        for (WatchedIssue issue : w.issues()) {
            String where = "issue '" + issue.id() + "'";
            if (issue.id() == null || !ID.matcher(issue.id()).matches()) {
                problems.add(where + ": id must be lower-case words joined by '-'");
            } else if (!issueIds.add(issue.id())) {
                problems.add(where + ": duplicate id");
            }
            if (issue.name() == null || issue.name().isBlank()) {
                problems.add(where + ": no name");
            }
            if (issue.aliases().isEmpty() && issue.exactAliases().isEmpty() && issue.weakAliases().isEmpty()) {
                problems.add(where + ": no aliases, so it could never be tagged");
            }
            if (!issue.weakAliases().isEmpty() && issue.context().isEmpty()) {
                problems.add(where + ": weakAliases need context phrases to confirm them");
            }
            Set<String> aspectIds = new HashSet<>();
            for (Aspect aspect : issue.aspects()) {
                if (aspect.id() == null || !ID.matcher(aspect.id()).matches()) {
                    problems.add(where + ": aspect id '" + aspect.id() + "' must be lower-case words joined by '-'");
                } else if (!aspectIds.add(aspect.id())) {
                    problems.add(where + ": duplicate aspect '" + aspect.id() + "'");
                }
                if (w.vocabularies() == null || !w.vocabularies().containsKey(aspect.vocabulary())) {
                    problems.add(where + ": aspect '" + aspect.id() + "' names unknown vocabulary '" + aspect.vocabulary() + "'");
                }
            }
        }
        return problems;
    }
}
