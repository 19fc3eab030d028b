package dev.newsmon.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import dev.newsmon.events.net.AddressGuard;
import dev.newsmon.events.net.RefusedAddressException;

/**
 * HTTP GET as a good citizen and a careful one: conditional requests, gzip, a product User-Agent,
 * connect and overall timeouts, body and decompressed-size limits, and redirects followed by hand so
 * every hop is checked by the {@link AddressGuard} before we connect to it.
 */
public class FeedFetcher implements AutoCloseable {

    public record Limits(Duration connectTimeout, Duration readTimeout, long maxBodyBytes,
                         long maxDecompressedBytes, int maxRedirects, String userAgent) {
    }

    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])(?:s-)?max-age\\s*=\\s*\"?(\\d+)");
    static final String FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, "
            + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    static final String PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    private final HttpClient client;
    private final AddressGuard guard;
    private final Limits limits;
    private final Executor guardExecutor;
    private final ExecutorService ownedExecutor;

    public FeedFetcher(AddressGuard guard, Limits limits, ExecutorService executor) {
        this.guard = guard;
        this.limits = limits;
        this.ownedExecutor = executor;
        this.guardExecutor = executor;
        this.client = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                // Redirects are followed below, so each hop passes the address guard first.
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .executor(executor)
                .build();
    }

    /** Conditional GET of a feed document. */
    public CompletableFuture<FetchResult> fetchFeed(String url, String etag, String lastModified) {
        return translated(url, hop(url, etag, lastModified, FEED_ACCEPT, 0));
    }

    /** Plain GET of an article page, for full-text extraction. */
    public CompletableFuture<FetchResult> fetchPage(String url) {
        return translated(url, hop(url, null, null, PAGE_ACCEPT, 0));
    }

    /** Every failure reaches the caller as a {@link FetchException} with an outcome. */
    private static CompletableFuture<FetchResult> translated(String url, CompletableFuture<FetchResult> future) {
        return future.handle((result, error) -> {
            if (error != null) {
                throw translate(url, error);
            }
            return result;
        });
    }

    private CompletableFuture<FetchResult> hop(String url, String etag, String lastModified, String accept, int redirects) {
        return CompletableFuture.supplyAsync(() -> {
            guard.check(url);
            return buildRequest(url, etag, lastModified, accept);
        }, guardExecutor).thenCompose(request -> send(request)).thenCompose(response -> {
            int status = response.statusCode();
            if (isRedirect(status)) {
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new FetchException(FetchException.Outcome.HTTP_ERROR, status,
                            "redirect " + status + " from " + url + " without a Location header", null);
                }
                if (redirects >= limits.maxRedirects()) {
                    throw new FetchException(FetchException.Outcome.TOO_MANY_REDIRECTS, status,
                            "more than " + limits.maxRedirects() + " redirects from " + url, null);
                }
                String next = URI.create(url).resolve(location.strip()).toString();
                // Validators belong to the original URL; a moved feed starts over.
                return hop(next, null, null, accept, redirects + 1);
            }
            return CompletableFuture.completedFuture(toResult(url, response));
        });
    }

    private HttpRequest buildRequest(String url, String etag, String lastModified, String accept) {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(url));
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchException.Outcome.REFUSED, "not a valid URL: " + url);
        }
        builder.GET()
                .timeout(limits.readTimeout())
                .header("User-Agent", limits.userAgent())
                .header("Accept", accept)
                .header("Accept-Encoding", "gzip");
        if (etag != null && !etag.isBlank()) {
            builder.header("If-None-Match", etag);
        }
        if (lastModified != null && !lastModified.isBlank()) {
            builder.header("If-Modified-Since", lastModified);
        }
        return builder.build();
    }

    private CompletableFuture<HttpResponse<byte[]>> send(HttpRequest request) {
        AtomicReference<LimitedBodySubscriber> subscriber = new AtomicReference<>();
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            LimitedBodySubscriber s = new LimitedBodySubscriber(limits.maxBodyBytes(), declared, request.uri().toString());
            subscriber.set(s);
            return s;
        };
        return client.sendAsync(request, handler)
                // The request timeout covers only the headers; this bounds the body too.
                .orTimeout(limits.readTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS)
                .handle((response, error) -> {
                    if (error == null) {
                        return response;
                    }
                    LimitedBodySubscriber s = subscriber.get();
                    if (s != null) {
                        s.abort();
                    }
                    throw translate(request.uri().toString(), error);
                });
    }

    private FetchResult toResult(String url, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String etag = response.headers().firstValue("ETag").orElse(null);
        String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
        Duration maxAge = maxAge(response.headers().firstValue("Cache-Control").orElse(null));
        if (status == 304) {
            return new FetchResult(true, status, new byte[0], null, etag, lastModified, url, maxAge);
        }
        if (status < 200 || status >= 300) {
            Duration retryAfter = retryAfter(response.headers().firstValue("Retry-After").orElse(null));
            throw new FetchException(FetchException.Outcome.HTTP_ERROR, status, "HTTP " + status + " from " + url, retryAfter);
        }
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
        byte[] body = decode(url, encoding, response.body());
        return new FetchResult(false, status, body, response.headers().firstValue("Content-Type").orElse(null),
                etag, lastModified, url, maxAge);
    }

    /** Decompresses with a ceiling, so a small gzip bomb cannot expand into gigabytes. */
    byte[] decode(String url, String encoding, byte[] body) {
        if (encoding.equals("identity") || encoding.isEmpty()) {
            return body;
        }
        try (InputStream in = switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(body));
            case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(body));
            default -> throw new FetchException(FetchException.Outcome.HTTP_ERROR, 200,
                    "unsupported Content-Encoding '" + encoding + "' from " + url, null);
        }) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(body.length * 4, 1 << 20));
            byte[] chunk = new byte[16384];
            long total = 0;
            int n;
            while ((n = in.read(chunk)) > 0) {
                total += n;
                if (total > limits.maxDecompressedBytes()) {
                    throw new FetchException(FetchException.Outcome.TOO_LARGE, 200, "decompressed body of " + url
                            + " exceeds " + limits.maxDecompressedBytes() + " bytes", null);
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new FetchException(FetchException.Outcome.NETWORK_ERROR, 200,
                    "corrupt " + encoding + " body from " + url + ": " + e.getMessage(), null);
        }
    }

    public static FetchException translate(String url, Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof java.util.concurrent.ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof FetchException fe) {
            return fe;
        }
        if (cause instanceof RefusedAddressException refused) {
            return new FetchException(FetchException.Outcome.REFUSED, refused.getMessage());
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new FetchException(FetchException.Outcome.TIMEOUT, "connect timeout to " + url);
        }
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return new FetchException(FetchException.Outcome.TIMEOUT, "timeout reading " + url);
        }
        if (cause instanceof ConnectException) {
            return new FetchException(FetchException.Outcome.NETWORK_ERROR, "cannot connect to " + url);
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new FetchException(FetchException.Outcome.NETWORK_ERROR, "fetching " + url + " failed: " + message);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    static Duration maxAge(String cacheControl) {
        if (cacheControl == null) {
            return null;
        }
        Matcher m = MAX_AGE.matcher(cacheControl.toLowerCase(Locale.ROOT));
        if (m.find()) {
            try {
                return Duration.ofSeconds(Long.parseLong(m.group(1)));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(java.time.Instant.now(), when.toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException unparseable) {
                return null;
            }
        }
    }

    @Override
    public void close() {
        ownedExecutor.shutdownNow();
    }
}
