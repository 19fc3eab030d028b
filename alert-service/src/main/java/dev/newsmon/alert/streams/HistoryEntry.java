package dev.newsmon.alert.streams;

import java.time.LocalDate;
import java.time.ZoneOffset;

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

    static LocalDate publishedDay(Claim claim) {
        return claim.publishedAt() == null ? null : claim.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
