package dev.newsmon.alert.support;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;

import dev.newsmon.events.Claim;
import dev.newsmon.events.Evidence;
import dev.newsmon.events.Modality;
import dev.newsmon.events.Polarity;
import dev.newsmon.events.ids.Ids;
import dev.newsmon.events.watchlist.Watchlist;
import dev.newsmon.events.watchlist.WatchlistLoader;

/** Test claims, written fluently: {@code Claims.about("arms-pact").in("a1", "Wire", "2019-02-02").state("suspended").build()}. */
public final class Claims {

    private String issue;
    private String aspect = "status";
    private String article = "a-1";
    private String source = "Example Wire";
    private Instant published = Instant.parse("2019-01-01T00:00:00Z");
    private String state;
    private Polarity polarity = Polarity.AFFIRMED;
    private Modality modality = Modality.ASSERTED;
    private String attributedTo;
    private LocalDate eventDate;
    private String precision;
    private int offset;
    private double confidence = 0.8;
    private Instant ingestedAt;

    public static Watchlist testWatchlist() {
        try (InputStream in = Claims.class.getResourceAsStream("/watchlist/test-watchlist.yaml")) {
            return WatchlistLoader.parse("test-watchlist.yaml", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Claims about(String issue) {
        Claims c = new Claims();
        c.issue = issue;
        return c;
    }

    public Claims aspect(String aspect) {
        this.aspect = aspect;
        return this;
    }

    /** Article id, source and publication day. */
    public Claims in(String article, String source, String publishedDay) {
        this.article = article;
        this.source = source;
        this.published = Instant.parse(publishedDay + "T08:00:00Z");
        return this;
    }

    public Claims state(String state) {
        this.state = state;
        return this;
    }

    public Claims on(String eventDay) {
        this.eventDate = LocalDate.parse(eventDay);
        this.precision = "day";
        return this;
    }

    public Claims inMonth(String firstDayOfMonth) {
        this.eventDate = LocalDate.parse(firstDayOfMonth);
        this.precision = "month";
        return this;
    }

    public Claims negated() {
        this.polarity = Polarity.NEGATED;
        return this;
    }

    public Claims expected() {
        this.modality = Modality.EXPECTED;
        return this;
    }

    public Claims hedged() {
        this.modality = Modality.HEDGED;
        return this;
    }

    public Claims denied() {
        this.modality = Modality.DENIED;
        return this;
    }

    public Claims saidBy(String who) {
        this.attributedTo = who;
        return this;
    }

    /** Distinguishes several claims of one article (the evidence offsets are part of the claimId). */
    public Claims at(int offset) {
        this.offset = offset;
        return this;
    }

    public Claims confidence(double confidence) {
        this.confidence = confidence;
        return this;
    }

    public Claims ingestedAt(Instant ingestedAt) {
        this.ingestedAt = ingestedAt;
        return this;
    }

    public Claim build() {
        String sentence = "Evidence sentence about " + issue + " being " + state + ".";
        return new Claim(
                Ids.claimId(article, 1, issue, aspect, offset, offset + sentence.length()),
                article, 1, "https://news.example.org/" + article, "Title of " + article, source, published,
                issue, aspect, state, polarity, modality, attributedTo, eventDate, precision,
                new Evidence(sentence, offset, offset + sentence.length()), confidence,
                ingestedAt != null ? ingestedAt : published.plusSeconds(60));
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Claims() {
    }
}
