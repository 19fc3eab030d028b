package dev.newsmon.alert.streams;

import java.time.LocalDate;

import dev.newsmon.events.Claim;

/**
 * One claim in an aspect's history.
 *
 * @param arrival order of arrival within the aspect, used only to break ties between claims of the same day
 */
public record HistoryEntry(Claim claim, long arrival) {

    /**
     * The day the claim speaks about, capped at its publication day: a claim that a meeting is scheduled
     * for next month is knowledge as of the day it was published, not as of next month.
     */
    public LocalDate knownAt() {
        LocalDate published = publishedDay(claim);
        LocalDate event = claim.eventDate();
        if (event == null || published == null) {
            return event != null ? event : published;
        }
        return event.isAfter(published) ? published : event;
    }

    /** True when the text gave the date; false when it fell back to the publication date. */
    public boolean datedByText() {
        return claim.eventDate() != null;
    }

    /** The day to show for the claim: its event date, else its publication day. */
    public LocalDate shownDate() {
        return claim.eventDate() != null ? claim.eventDate() : publishedDay(claim);
    }

    /** Only day-precise claims (or claims dated by publication) can be "about the same time" as another. */
    public boolean dayPrecise() {
        return claim.eventDate() == null || claim.eventDatePrecision() == null || "day".equals(claim.eventDatePrecision());
    }

    /**
     * The UTC day of publication, from the epoch second: the same day as {@code atOffset(ZoneOffset.UTC).toLocalDate()},
     * which built a new ZoneRules on every call (JDK 17) and was a third of the judge's CPU, the rules asking for every
     * entry's day several times per claim.
     */
    static LocalDate publishedDay(Claim claim) {
        return claim.publishedAt() == null ? null : LocalDate.ofEpochDay(Math.floorDiv(claim.publishedAt().getEpochSecond(), SECONDS_PER_DAY));
    }

    private static final long SECONDS_PER_DAY = 86_400;
}
