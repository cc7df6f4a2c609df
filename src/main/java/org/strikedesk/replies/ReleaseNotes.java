package org.strikedesk.replies;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.strikedesk.figures.ReleaseCalendar;

/** What replies say of figures not published yet: when they are expected, or since when they are overdue. */
public final class ReleaseNotes {
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private ReleaseNotes() {}

    /** "not published yet; expected by Thursday 12 June 2025", "not published yet; overdue since Thursday 12 June 2025". */
    public static String phrase(ReleaseCalendar.Due due) {
        return "not published yet; " + (due.overdue() ? "overdue since " : "expected by ") + day(due);
    }

    /**
     * A sentence for a reply about a strike with no figures: "NHS England's figures for it are not published yet;
     * expected by Thursday 12 June 2025 (four working days after the strike ended)."
     */
    public static String sentence(ReleaseCalendar.Due due, int expectedWithin) {
        return "NHS England's figures for it are " + phrase(due) + " (" + HouseStyle.count(expectedWithin)
                + (expectedWithin == 1 ? " working day" : " working days") + " after the strike ended).";
    }

    /** "Thursday 12 June 2025". */
    public static String day(ReleaseCalendar.Due due) {
        return WEEKDAY.format(due.expectedBy());
    }
}
