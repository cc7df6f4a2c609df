package org.strikedesk.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikedesk.support.MutableClock;

/**
 * A strike's figures are expected by the fourth working day after it ends, and overdue once that day is over in
 * London: at midnight British Summer Time (23:00 UTC) in summer, midnight GMT in winter. The strikes are synthetic.
 */
class ReleaseCalendarTest {
    private static Strike endingOn(LocalDate last) {
        return new Strike(
                "synthetic-strike", "Synthetic staff", List.of("Synthetic union"), last, last, List.of(last), "");
    }

    @DisplayName("Expected until the day is over in London, overdue from midnight")
    @ParameterizedTest(name = "{0}, strike ending {1}: overdue {3}")
    @CsvSource({
        "2025-06-12T22:59:59Z, 2025-06-06, 2025-06-12, false, 23:59:59 BST on the day expected",
        "2025-06-12T23:00:00Z, 2025-06-06, 2025-06-12, true, 00:00 BST the next day though still the 12th in UTC",
        "2025-06-06T10:00:00Z, 2025-06-06, 2025-06-12, false, the day the strike ends",
        "2025-12-11T23:59:59Z, 2025-12-05, 2025-12-11, false, 23:59:59 GMT on the day expected",
        "2025-12-12T00:00:00Z, 2025-12-05, 2025-12-11, true, 00:00 GMT the next day",
        "2025-03-29T23:30:00Z, 2025-03-24, 2025-03-28, true, the night the clocks go forward",
        "2025-10-24T22:59:59Z, 2025-10-20, 2025-10-24, false, the last Friday of British Summer Time"
    })
    void expectedOrOverdue(Instant now, LocalDate lastDay, LocalDate expectedBy, boolean overdue, String when) {
        ReleaseCalendar calendar = new ReleaseCalendar(4, new MutableClock(now));

        ReleaseCalendar.Due due = calendar.due(endingOn(lastDay));

        assertThat(due.expectedBy()).as(when).isEqualTo(expectedBy);
        assertThat(due.overdue()).as(when).isEqualTo(overdue);
    }

    @DisplayName("Today follows one clock across midnights in London, summer and winter, and back again")
    @Test
    void todayFollowsTheClock() {
        MutableClock clock = new MutableClock(Instant.parse("2025-03-29T23:59:59Z"));
        ReleaseCalendar calendar = new ReleaseCalendar(4, clock);

        assertThat(calendar.today()).isEqualTo(LocalDate.parse("2025-03-29"));
        // The clocks go forward at 01:00 GMT: midnight is still GMT, one second later.
        clock.set(Instant.parse("2025-03-30T00:00:00Z"));
        assertThat(calendar.today()).isEqualTo(LocalDate.parse("2025-03-30"));
        // That day has 23 hours: it ends at 23:00 UTC.
        clock.set(Instant.parse("2025-03-30T22:59:59.999Z"));
        assertThat(calendar.today()).isEqualTo(LocalDate.parse("2025-03-30"));
        clock.set(Instant.parse("2025-03-30T23:00:00Z"));
        assertThat(calendar.today()).isEqualTo(LocalDate.parse("2025-03-31"));
        // A clock put back (as tests and a corrected host clock do) is followed too.
        clock.set(Instant.parse("2025-03-29T12:00:00Z"));
        assertThat(calendar.today()).isEqualTo(LocalDate.parse("2025-03-29"));
        // The clocks go back at 01:00 BST: that day has 25 hours, ending at 00:00 UTC.
        clock.set(Instant.parse("2025-10-26T23:59:59Z"));
        assertThat(calendar.today()).isEqualTo(LocalDate.parse("2025-10-26"));
        clock.set(Instant.parse("2025-10-27T00:00:00Z"));
        assertThat(calendar.today()).isEqualTo(LocalDate.parse("2025-10-27"));
    }
}
