package dev.newsmon.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsmon.events.Alert;
import dev.newsmon.events.articlefile.ArticleFile;
import dev.newsmon.events.articlefile.ArticleFileParser;
import dev.newsmon.events.ids.UrlCanonicalizer;
import dev.newsmon.events.json.Json;

/**
 * A labelled folder (article files plus {@code expected.json}) and the scoring rule of the
 * evaluation: an expected alert is found when some alert names its issue and current article;
 * optional alerts count neither way; any other (issue, current article) is spurious.
 */
final class LabelledCorpus {

    record Key(String issue, String file) {
    }

    final Map<String, String> fileByUrl = new HashMap<>();
    final Set<Key> expected = new HashSet<>();
    final Set<Key> optional = new HashSet<>();

    LabelledCorpus(Path folder) throws IOException {
        for (ArticleFile article : ArticleFileParser.parseFolder(folder).articles()) {
            fileByUrl.put(UrlCanonicalizer.canonicalize(article.url()), article.name());
        }
        JsonNode labels = Json.MAPPER.readTree(folder.resolve("expected.json").toFile());
        labels.path("alerts").forEach(a -> expected.add(new Key(a.path("issue").asText(), a.path("current").asText())));
        labels.path("optional_alerts").forEach(a -> optional.add(new Key(a.path("issue").asText(), a.path("current").asText())));
    }

    Key keyOf(Alert alert) {
        String url = alert.current() == null ? null : alert.current().articleUrl();
        return new Key(alert.issue(), url == null ? null : fileByUrl.get(UrlCanonicalizer.canonicalize(url)));
    }

    Set<Key> found(List<Alert> alerts) {
        Set<Key> got = new HashSet<>();
        alerts.forEach(a -> got.add(keyOf(a)));
        got.retainAll(expected);
        return got;
    }

    Set<Key> spurious(List<Alert> alerts) {
        Set<Key> got = new HashSet<>();
        alerts.forEach(a -> got.add(keyOf(a)));
        got.removeAll(expected);
        got.removeAll(optional);
        return got;
    }
}
