package dev.newsmon.ingest.feed;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body but gives up, and closes the stream, as soon as it passes a size limit:
 * a hostile or broken server cannot make us buffer an unbounded body.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    private final long maxBytes;
    private final String url;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    LimitedBodySubscriber(long maxBytes, long declaredLength, String url) {
        this.maxBytes = maxBytes;
        this.url = url;
        if (declaredLength > maxBytes) {
            fail("declares " + declaredLength + " bytes");
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (result.isDone()) {
            subscription.cancel();
        } else {
            subscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int remaining = item.remaining();
            if (buffer.size() + (long) remaining > maxBytes) {
                fail("exceeds " + maxBytes + " bytes");
                abort();
                return;
            }
            byte[] chunk = new byte[remaining];
            item.get(chunk);
            buffer.write(chunk, 0, remaining);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    /** Stops reading, e.g. when the request deadline passed. */
    void abort() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    private void fail(String why) {
        result.completeExceptionally(new FetchException(FetchException.Outcome.TOO_LARGE,
                "body of " + url + " " + why + " (limit " + maxBytes + ")"));
    }
}
