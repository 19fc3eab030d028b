package dev.newsmon.ingest.service;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The de-duplication memory: per article id, the version and content hash last published. Loaded
 * from the compacted topic before anything is served, kept current from the same topic (so pushes
 * to another replica count too) and from our own publications.
 */
@ApplicationScoped
public class SeenStore {

    /** The verdict for one article; {@code version} is the one to publish (or the existing one for duplicates). */
    public record Decision(IngestStatus status, int version) {
    }

    private final Map<String, SeenArticle> seen = new ConcurrentHashMap<>();
    /** Decided but not yet acknowledged by Kafka, so a second copy in flight is not published twice. */
    private final Map<String, SeenArticle> pending = new HashMap<>();

    public synchronized Decision decide(String articleId, String contentHash) {
        SeenArticle known = pending.containsKey(articleId) ? pending.get(articleId) : seen.get(articleId);
        Decision decision;
        if (known == null) {
            decision = new Decision(IngestStatus.NEW, 1);
        } else if (known.contentHash().equals(contentHash)) {
            return new Decision(IngestStatus.DUPLICATE, known.version());
        } else {
            decision = new Decision(IngestStatus.UPDATED, known.version() + 1);
        }
        pending.put(articleId, new SeenArticle(decision.version(), contentHash));
        return decision;
    }

    public synchronized void confirmed(String articleId, SeenArticle published) {
        pending.remove(articleId, published);
        seen.merge(articleId, published, SeenStore::newer);
    }

    public synchronized void abandoned(String articleId, SeenArticle attempted) {
        pending.remove(articleId, attempted);
    }

    /** A record from the compacted topic: ours or another replica's. The higher version wins. */
    public void apply(String articleId, SeenArticle record) {
        if (record == null) {
            seen.remove(articleId);
        } else {
            seen.merge(articleId, record, SeenStore::newer);
        }
    }

    public boolean isKnown(String articleId) {
        return seen.containsKey(articleId);
    }

    public int size() {
        return seen.size();
    }

    /** Forgets everything, as a fresh process would, before re-reading the topic. */
    public synchronized void clear() {
        seen.clear();
        pending.clear();
    }

    private static SeenArticle newer(SeenArticle a, SeenArticle b) {
        return b.version() >= a.version() ? b : a;
    }
}
