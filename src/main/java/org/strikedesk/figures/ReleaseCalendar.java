package org.strikedesk.figures;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When a strike's figures are due: NHS England publishes them some working days after a strike ends
 * ({@code releases.expectedWithin}). Until then they are expected; after that day, overdue. Days are counted in
 * England's working days, and today is today in London, whatever the clock's zone (British Summer Time included).
 */
public final class ReleaseCalendar {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final int expectedWithin;
    private final Clock clock;
    /** The last day worked out, with the instants it runs between: asked for by every kept answer. */
    private volatile Day known = new Day(LocalDate.MIN, 0, 0);

    /**
     * A day in London and when it begins and ends, in milliseconds since 1970 ({@code until} excluded).
     *
     * @param date the day
     * @param from its first millisecond
     * @param until the first millisecond of the next day
     */
    private record Day(LocalDate date, long from, long until) {}

    /**
     * @param expectedWithin how many working days after a strike's last day its figures are expected by
     * @param clock the time now
     */
    public ReleaseCalendar(int expectedWithin, Clock clock) {
        this.expectedWithin = expectedWithin;
        this.clock = clock;
    }

    /** How many working days after a strike's last day its figures are expected by. */
    public int expectedWithin() {
        return expectedWithin;
    }

    /** Today, in London; worked out again only when the clock has left the day worked out last. */
    public LocalDate today() {
        long now = clock.millis();
        Day day = known;
        if (now < day.from() || now >= day.until()) {
            LocalDate date = Instant.ofEpochMilli(now).atZone(LONDON).toLocalDate();
            day = new Day(
                    date,
                    date.atStartOfDay(LONDON).toInstant().toEpochMilli(),
                    date.plusDays(1).atStartOfDay(LONDON).toInstant().toEpochMilli());
            known = day;
        }
        return day.date();
    }

    /** The day a strike's figures are expected by. */
    public LocalDate expectedBy(Strike strike) {
        return WorkingDays.after(strike.lastDay(), expectedWithin);
    }

    /** Where a strike's figures stand, for a strike with none published yet. */
    public Due due(Strike strike) {
        LocalDate by = expectedBy(strike);
        return new Due(strike, by, today().isAfter(by));
    }

    /**
     * A strike whose figures are not published yet.
     *
     * @param strike the strike
     * @param expectedBy the day they are expected by
     * @param overdue whether that day has passed (they have been overdue since the end of it)
     */
    public record Due(Strike strike, LocalDate expectedBy, boolean overdue) {
        public Due {
            Objects.requireNonNull(strike, "strike");
            Objects.requireNonNull(expectedBy, "expectedBy");
        }
    }
}
