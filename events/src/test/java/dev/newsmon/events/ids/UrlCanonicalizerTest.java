package dev.newsmon.events.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // scheme and host are case-insensitive, the path is not
            "HTTPS://News.Example.COM/World/Story       | https://news.example.com/World/Story",
            // the fragment is the reader's position, not another page
            "https://example.com/story#comments         | https://example.com/story",
            // tracking parameters go, identifying ones stay in their order
            "https://example.com/a?utm_source=rss&id=7&utm_medium=feed&page=2 | https://example.com/a?id=7&page=2",
            "https://example.com/a?UTM_Campaign=x       | https://example.com/a",
            "https://example.com/a?fbclid=abc&gclid=def&mc_cid=1&ref=home | https://example.com/a",
            "https://example.com/a?id=1&&               | https://example.com/a?id=1",
            // default ports are the same server
            "http://example.com:80/a                    | http://example.com/a",
            "https://example.com:443/a                  | https://example.com/a",
            "https://example.com:8443/a                 | https://example.com:8443/a",
            "http://example.com:443/a                   | http://example.com:443/a",
            // trailing slash and empty path
            "https://example.com/a/b/                   | https://example.com/a/b",
            "https://example.com                        | https://example.com/",
            "https://example.com/                       | https://example.com/",
            // a fully qualified host name with its root dot
            "https://example.com./a                     | https://example.com/a",
            // surrounding whitespace from feeds
            "'  https://example.com/a  '                | https://example.com/a",
            // spaces inside a sloppy feed URL are encoded rather than refused
            "https://example.com/a b                    | https://example.com/a%20b",
    })
    void canonicalizes(String input, String expected) {
        assertThat(UrlCanonicalizer.canonicalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "HTTPS://News.Example.COM/World/Story/?utm_source=x#top",
            "http://example.com:80/a?b=1&fbclid=2",
            "https://example.com"})
    void isIdempotent(String input) {
        String once = UrlCanonicalizer.canonicalize(input);
        assertThat(UrlCanonicalizer.canonicalize(once)).isEqualTo(once);
    }

    @Test
    void variantsOfOneArticleGetOneId() {
        String a = UrlCanonicalizer.canonicalize("https://News.Example.com/story/?utm_source=twitter#x");
        String b = UrlCanonicalizer.canonicalize("https://news.example.com:443/story?fbclid=123");
        assertThat(Ids.articleId(a)).isEqualTo(Ids.articleId(b));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/file", "file:///etc/passwd", "mailto:editor@example.com",
            "javascript:alert(1)", "/relative/path", "example.com/no-scheme"})
    void refusesNonHttpUrlsSayingWhy(String url) {
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http or https")
                .hasMessageContaining(url);
    }

    @Test
    void refusesEmptyAndHostlessAndMalformedUrls() {
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize(null)).hasMessage("URL is empty");
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize("  ")).hasMessage("URL is empty");
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize("http:///path-only"))
                .hasMessageContaining("no host");
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize("https://exa mple.com:x/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize("https://example.com/a|b<c>"))
                .hasMessageStartingWith("not a valid URL");
    }
}
