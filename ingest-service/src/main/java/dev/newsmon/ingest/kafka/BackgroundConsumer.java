package dev.newsmon.ingest.kafka;

import java.util.Map;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;

/**
 * A Kafka consumer that lives on a daemon thread of its own, from {@link #start()} until {@link #close()}.
 * KafkaConsumer is not thread-safe, so the consumer is created, polled and closed on that thread;
 * {@code close()} stops it from any other thread through {@link KafkaConsumer#wakeup()}, the one call
 * that is safe across threads, and waits a bounded time for it to finish.
 */
public abstract class BackgroundConsumer implements AutoCloseable {

    private final Map<String, Object> config;
    private final String threadName;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    protected BackgroundConsumer(Map<String, Object> config, String threadName) {
        this.config = config;
        this.threadName = threadName;
    }

    public void start() {
        thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Polls until {@link #running()} turns false; a {@link WakeupException} out of it means closing. */
    protected abstract void consume(KafkaConsumer<String, byte[]> consumer);

    /** The consumer failed (not on close); the thread ends after this. */
    protected abstract void failed(RuntimeException error);

    protected boolean running() {
        return running;
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(config)) {
            consumer = c;
            consume(c);
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    @Override
    public void close() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
