package dev.newsmon.events.ids;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Canonical article URLs: the same article reached through a tracking link, a fragment or an
 * upper-case host gets the same URL, hence the same article id.
 */
public final class UrlCanonicalizer {

    /** Query parameters that track the reader rather than identify the page. */
    private static final Set<String> TRACKING_PARAMS = Set.of(
            "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga", "_gl",
            "ref", "ref_src", "ref_url", "referrer", "cmpid", "ncid", "ocid", "smid", "cid", "s_cid", "share",
            "taid", "mbid", "ito", "soc_src", "soc_trk", "at_medium", "at_campaign");

    private UrlCanonicalizer() {
    }

    /**
     * @throws IllegalArgumentException naming the problem when the URL is not an absolute http(s) URL
     */
    public static String canonicalize(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("URL is empty");
        }
        URI uri;
        try {
            uri = new URI(url.strip().replace(" ", "%20"));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("URL must be absolute http or https: " + url.strip());
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("URL has no host: " + url.strip());
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        if (("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)) {
            port = -1;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        StringBuilder out = new StringBuilder(scheme).append("://").append(host);
        if (port != -1) {
            out.append(':').append(port);
        }
        out.append(path);
        String query = canonicalQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING_PARAMS.contains(name)) {
                continue;
            }
            kept.add(pair);
        }
        return String.join("&", kept);
    }
}
