package org.strikedesk.replies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Source;
import org.strikedesk.figures.StaffAbsence;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.trusts.Organisation;

/**
 * Staff absent during strikes, in house style: each day's count with the peak and lowest marked, or the peak and
 * lowest days where only those were published, and always the reminder that the count is per day.
 */
public final class StaffCards {
    private StaffCards() {}

    /** One organisation's staff absence in one strike, which must have staff figures. */
    public static Reply strike(Organisation org, StrikeFigures figures) {
        StaffAbsence staff = figures.staff().orElseThrow();
        Strike strike = figures.strike();
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER)
                .title(org.displayName() + ": staff absent, " + strike.name() + ", " + HouseStyle.days(strike.days()))
                .text(staff.days().isEmpty() ? peakAndLowest(org, strike, staff) : byDay(strike, staff));
        if (staff.days().size() != 1) {
            staff.peakValue().ifPresent(peak -> reply.field("Peak day", dayValue(peak, staff.peakDay()), true));
            staff.lowestValue().ifPresent(low -> reply.field("Lowest day", dayValue(low, staff.lowestDay()), true));
        }
        reply.field("Strike", FigureCards.describe(strike), false);
        StrikeFigures.sourcesOf(staff.basis()).forEach(source -> reply.source(Publishers.line(source)));
        return reply.shows(staff.basis()).caveat(Caveats.STAFF).build();
    }

    /** One organisation's staff absence in every strike with staff figures, a line each. */
    public static Reply history(Organisation org, List<StrikeFigures> strikes) {
        List<String> lines = new ArrayList<>();
        Set<Source> sources = new LinkedHashSet<>();
        List<Figure> shown = new ArrayList<>();
        for (StrikeFigures figures : strikes) {
            StaffAbsence staff = figures.staff().orElseThrow();
            shown.addAll(staff.basis());
            lines.add(HouseStyle.days(figures.strike().days()) + ", "
                    + figures.strike().name() + ": " + FigureCards.staff(staff, figures.strike()));
            sources.addAll(StrikeFigures.sourcesOf(staff.basis()));
        }
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER)
                .title(org.displayName() + ": staff absent, every strike with figures")
                .text(String.join("\n", lines));
        sources.forEach(source -> reply.source(Publishers.line(source)));
        return reply.shows(shown).caveat(Caveats.STAFF).build();
    }

    /** Every strike day, oldest first: its count with the peak and lowest marked, or that none was published. */
    private static String byDay(Strike strike, StaffAbsence staff) {
        boolean oneDay = staff.days().size() == 1;
        boolean allEqual = !oneDay && staff.peak().equals(staff.lowest());
        List<String> lines = new ArrayList<>();
        for (LocalDate day : strike.days()) {
            Optional<Figure> figure =
                    staff.days().stream().filter(f -> day.equals(f.day())).findFirst();
            lines.add(HouseStyle.date(day) + ": "
                    + figure.map(f -> HouseStyle.number(f.value()) + mark(f, staff, oneDay, allEqual))
                            .orElse("no figure published"));
        }
        if (allEqual) {
            lines.add("The count was the same on every day with a figure.");
        }
        if (staff.partial()) {
            lines.add("Partial: no figure was published for " + PartialNotes.days(staff.missingDays(), strike)
                    + ", so the peak and lowest are of the days that have one.");
        }
        return String.join("\n", lines);
    }

    private static String mark(Figure figure, StaffAbsence staff, boolean oneDay, boolean allEqual) {
        if (oneDay) {
            return " (the only day with a figure)";
        }
        if (allEqual) {
            return "";
        }
        if (figure.value() == staff.peak()) {
            return " (peak)";
        }
        return figure.value() == staff.lowest() ? " (lowest)" : "";
    }

    /** "Between 141 and 160 staff were absent a day at ...", with numbers one to nine in words. */
    private static String peakAndLowest(Organisation org, Strike strike, StaffAbsence staff) {
        String where = HouseStyle.where(org);
        String during = " during the " + strike.name() + " of " + HouseStyle.days(strike.days()) + ".";
        String onlyBoth = " Only the peak and lowest days were published, not which days they were.";
        if (staff.peak() != null && staff.lowest() != null && staff.lowest() == 0) {
            return "Up to " + HouseStyle.count(staff.peak()) + " staff were absent a day " + where + during
                    + " None were absent on the lowest day." + onlyBoth;
        }
        if (staff.peak() != null && staff.lowest() != null) {
            return "Between " + HouseStyle.count(staff.lowest()) + " and " + HouseStyle.count(staff.peak())
                    + " staff were absent a day " + where + during + onlyBoth;
        }
        if (staff.peak() != null) {
            return HouseStyle.capitalised(staffCount(staff.peak())) + " absent " + where + " on the peak day" + during
                    + " Only the peak day was published, not which day it was.";
        }
        String lowest = staff.lowest() == 0
                ? "No staff were absent " + where + " on the lowest day"
                : "At least " + staffCount(staff.lowest()) + " absent a day " + where;
        return lowest + during + " Only the lowest day was published, not which day it was.";
    }

    /** "no staff were", "one member of staff was", "23,001 staff were". */
    private static String staffCount(long value) {
        if (value == 1) {
            return "one member of staff was";
        }
        return HouseStyle.count(value) + " staff were";
    }

    private static String dayValue(long value, Optional<LocalDate> day) {
        return HouseStyle.number(value)
                + day.map(d -> " on " + HouseStyle.date(d)).orElse("");
    }
}
