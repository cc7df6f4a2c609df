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

    /**
     * One organisation's staff absence in one strike, which must have staff figures: the number first ("**141–160**
     * staff absent a day"), then each strike day's count with the peak and lowest marked, or what was published.
     */
    public static Reply strike(Organisation org, StrikeFigures figures) {
        StaffAbsence staff = figures.staff().orElseThrow();
        Strike strike = figures.strike();
        String details = staff.days().isEmpty() ? onlyPeakOrLowest(staff) : byDay(strike, staff);
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER)
                .title(org.displayName() + ": staff absent, " + strike.name() + ", " + HouseStyle.days(strike.days()))
                .text(lead(staff) + "\n" + details);
        StrikeFigures.sourcesOf(staff.basis()).forEach(source -> reply.source(Publishers.line(source)));
        return reply.shows(staff.basis()).caveat(Caveats.STAFF).build();
    }

    /**
     * The count in bold, first: "**141–160** staff absent a day", "**160** staff absent a day", "**9,999** staff absent
     * on 15 December 2022", "**27,361** staff absent on the peak day", "At least **12** staff absent a day", "Up to
     * **160** staff absent a day (none on the lowest day)", "No staff were absent".
     */
    private static String lead(StaffAbsence staff) {
        Long peak = staff.peak();
        Long lowest = staff.lowest();
        if (peak != null && peak == 0) {
            return "No staff were absent"
                    + (staff.days().size() == 1
                            ? " on " + HouseStyle.date(staff.days().get(0).day())
                            : lowest == null ? " on the peak day" : "");
        }
        if (staff.days().size() == 1) {
            return Inline.bold(HouseStyle.number(peak)) + " staff absent on "
                    + HouseStyle.date(staff.days().get(0).day());
        }
        if (peak != null && lowest != null && lowest == 0 && peak > 0) {
            return "Up to " + Inline.bold(HouseStyle.number(peak)) + " staff absent a day (none on the lowest day)";
        }
        if (peak != null && lowest != null) {
            String range = peak.equals(lowest)
                    ? HouseStyle.number(peak)
                    : HouseStyle.number(lowest) + HouseStyle.DASH + HouseStyle.number(peak);
            return Inline.bold(range) + " staff absent a day";
        }
        if (peak != null) {
            return Inline.bold(HouseStyle.number(peak)) + " staff absent on the peak day";
        }
        return "At least " + Inline.bold(HouseStyle.number(lowest)) + " staff absent a day";
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

    /** What was published when no day's count was: the peak or lowest day, or both, but not which days they were. */
    private static String onlyPeakOrLowest(StaffAbsence staff) {
        if (staff.peak() != null && staff.lowest() != null) {
            return "Only the peak and lowest days were published, not which days they were.";
        }
        return staff.peak() != null
                ? "Only the peak day was published, not which day it was."
                : "Only the lowest day was published, not which day it was.";
    }
}
