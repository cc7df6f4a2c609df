package org.strikedesk.replies;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.strikedesk.figures.Amount;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Metric;
import org.strikedesk.figures.Source;
import org.strikedesk.figures.StaffAbsence;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.trusts.Organisation;

/** Writes figures as replies in house style: one strike in full, or every strike as a list. */
public final class FigureCards {
    /** The columns of the running total's CSV, one row a strike in the calendar. */
    static final List<String> RUNNING_TOTAL_COLUMNS = List.of(
            "strike_id",
            "first_day",
            "last_day",
            "strike",
            "england_acute",
            "partial",
            "running_total",
            "nhs_england_running_total");

    private final HouseStyle style;

    public FigureCards(HouseStyle style) {
        this.style = style;
    }

    /**
     * One organisation in one strike, the number first so that it reads the same on a phone: the total in bold with
     * its share of England's ("**2,247** rescheduled · 1.1% of England's 196,225"), then one line for its parts and
     * staff absent ("Inpatient and day case **170** · Outpatient **2,077** · Staff absent **141–160 a day**"), what a
     * partial total lacks, NHS England's running total, the sources and the one-line caveat. The organisation and
     * the strike are named once, in the title.
     */
    public Reply strike(Organisation org, StrikeFigures figures, Optional<StrikeFigures> england) {
        Strike strike = figures.strike();
        List<String> lines = new ArrayList<>();
        lines.add(total(figures, england));
        parts(figures).ifPresent(lines::add);
        figures.acute()
                .filter(Amount::partial)
                .ifPresent(amount -> lines.add("Partial: " + PartialNotes.of(amount, strike) + "."));
        figures.statedRunningTotal()
                .ifPresent(total -> lines.add(
                        "NHS England's running total after this strike: " + HouseStyle.number(total.value()) + "."));
        if (org.closed() != null) {
            lines.add(HouseStyle.capitalised(HouseStyle.subject(org)) + " closed on " + HouseStyle.date(org.closed())
                    + ".");
        }
        Reply.Builder reply =
                Reply.builder(Reply.Tone.ANSWER).title(title(org, strike)).text(String.join("\n", lines));
        figures.sources().forEach(source -> reply.source(Publishers.line(source)));
        reply.shows(figures.shown());
        england.flatMap(eng -> share(figures, eng).flatMap(share -> eng.acute()))
                .ifPresent(total -> reply.shows(total.basis()));
        return reply.caveat(Caveats.SHORT).build();
    }

    /** "East and North Hertfordshire NHS Trust: junior doctors' strike, 11–14 April 2023", with where it was. */
    public static String title(Organisation org, Strike strike) {
        return org.displayName() + ": " + strike.name() + ", " + HouseStyle.days(strike.days())
                + (strike.scope().isEmpty() ? "" : " (" + strike.scope() + ")");
    }

    /**
     * The total and its share of England's: "**2,247** rescheduled · 1.1% of England's 196,225"; "At least **1,202**
     * rescheduled" when partial; "No appointments or procedures were rescheduled"; or that no count was published.
     */
    private String total(StrikeFigures figures, Optional<StrikeFigures> england) {
        Optional<Amount> acute = figures.acute();
        if (acute.isEmpty()) {
            return "No count of rescheduled acute appointments has been published.";
        }
        Amount amount = acute.get();
        if (amount.value() == 0) {
            return "No appointments or procedures were rescheduled"
                    + (amount.partial() ? " on the days with a published figure" : "");
        }
        String total =
                (amount.partial() ? "At least " : "") + Inline.bold(HouseStyle.number(amount.value())) + " rescheduled";
        return total
                + england.flatMap(eng -> share(figures, eng))
                        .map(share -> " \u00b7 " + share)
                        .orElse("");
    }

    /** "Inpatient and day case **170** · Outpatient **2,077** · Staff absent **141–160 a day**", if any is known. */
    private static Optional<String> parts(StrikeFigures figures) {
        List<String> parts = new ArrayList<>();
        Optional<Amount> inpatient = figures.total(Metric.INPATIENT_RESCHEDULED);
        Optional<Amount> outpatient = figures.total(Metric.OUTPATIENT_RESCHEDULED);
        inpatient.ifPresent(a -> parts.add("Inpatient and day case " + amount(a)));
        outpatient.ifPresent(a -> parts.add("Outpatient " + amount(a)));
        figures.total(Metric.MENTAL_HEALTH_RESCHEDULED)
                .ifPresent(a -> parts.add("Mental health " + amount(a) + " (not in the total)"));
        figures.total(Metric.COMMUNITY_RESCHEDULED)
                .ifPresent(a -> parts.add("Community " + amount(a) + " (not in the total)"));
        figures.staff()
                .ifPresent(staff -> parts.add("Staff absent " + Inline.bold(staffShort(staff, figures.strike()))));
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" \u00b7 ", parts));
    }

    private static String amount(Amount amount) {
        return Inline.bold(HouseStyle.number(amount.value())) + (amount.partial() ? " (partial)" : "");
    }

    /**
     * Staff absent in a few words: "141–160 a day", "160 a day", "27,361 on the peak day", "at least 12 a day", "9,999
     * on 15 December 2022", with the days that have no figure.
     */
    static String staffShort(StaffAbsence staff, Strike strike) {
        String text;
        if (staff.days().size() == 1) {
            text = HouseStyle.number(staff.peak()) + " on "
                    + HouseStyle.date(staff.days().get(0).day());
        } else if (staff.peak() != null && staff.lowest() != null) {
            text = staff.peak().equals(staff.lowest())
                    ? HouseStyle.number(staff.peak()) + " a day"
                    : HouseStyle.number(staff.lowest()) + HouseStyle.DASH + HouseStyle.number(staff.peak()) + " a day";
        } else if (staff.peak() != null) {
            text = HouseStyle.number(staff.peak()) + " on the peak day";
        } else {
            text = "at least " + HouseStyle.number(staff.lowest()) + " a day";
        }
        return staff.partial() && !staff.days().isEmpty()
                ? text + " (no figure for " + PartialNotes.days(staff.missingDays(), strike) + ")"
                : text;
    }

    /** "between 141 and 160 a day", "27,361 on the peak day", "9,999 on 15 December 2022 (no figure for ...)". */
    public static String staff(StaffAbsence staff, Strike strike) {
        if (!staff.days().isEmpty()) {
            return dailyStaff(staff, strike);
        }
        if (staff.peak() != null && staff.lowest() != null) {
            return "between " + HouseStyle.number(staff.lowest()) + " and " + HouseStyle.number(staff.peak())
                    + " a day";
        }
        if (staff.peak() != null) {
            return HouseStyle.number(staff.peak()) + " on the peak day";
        }
        return "at least " + HouseStyle.number(staff.lowest()) + " a day (lowest day)";
    }

    private static String dailyStaff(StaffAbsence staff, Strike strike) {
        String text;
        if (staff.days().size() == 1) {
            text = HouseStyle.number(staff.peak()) + " on "
                    + HouseStyle.date(staff.days().get(0).day());
        } else {
            text = "peak " + HouseStyle.number(staff.peak()) + " on "
                    + HouseStyle.date(staff.peakDay().orElseThrow())
                    + "; lowest " + HouseStyle.number(staff.lowest()) + " on "
                    + HouseStyle.date(staff.lowestDay().orElseThrow());
        }
        return staff.partial()
                ? text + " (no figure for " + PartialNotes.days(staff.missingDays(), strike) + ")"
                : text;
    }

    private Optional<String> share(StrikeFigures figures, StrikeFigures england) {
        Optional<Amount> part = figures.acute();
        Optional<Amount> whole = england.acute();
        if (part.isEmpty()
                || whole.isEmpty()
                || whole.get().partial()
                || whole.get().value() == 0) {
            return Optional.empty();
        }
        return Optional.of(style.percent(part.get().value(), whole.get().value()) + " of England's "
                + HouseStyle.number(whole.get().value()));
    }

    /** "Junior doctors (BMA), 11–14 April 2023". */
    public static String describe(Strike strike) {
        return strike.staffGroup() + " (" + String.join(", ", strike.unions()) + "), " + HouseStyle.days(strike.days());
    }

    /** One organisation across strikes: a line per strike with its acute total. */
    public Reply history(Organisation org, List<StrikeFigures> strikes) {
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER).title(org.displayName() + ": every strike with figures");
        List<String> lines = new ArrayList<>();
        Set<Source> sources = new LinkedHashSet<>();
        for (StrikeFigures figures : strikes) {
            lines.add(HouseStyle.days(figures.strike().days()) + ", "
                    + figures.strike().name() + ": " + acuteOrNone(figures));
            sources.addAll(figures.sources());
            figures.acute().ifPresent(acute -> reply.shows(acute.basis()));
        }
        reply.text(String.join("\n", lines));
        Source.byUrl(sources).forEach(source -> reply.source(Publishers.line(source)));
        return reply.caveat(Caveats.SHORT).build();
    }

    /**
     * England in every strike of the calendar, with the running total of acute appointments and procedures
     * rescheduled; strikes with no published count are listed and add nothing. Beside each strike after which NHS
     * England stated its own running total, that total; at the end, the latest one and how far the published
     * counts fall short of it, naming the strikes with no published count. The strikes come a page at a time, as
     * {@code pager} shows them, with that paragraph under each page and every strike in an attached CSV.
     */
    public Reply runningTotal(List<Strike> calendar, Map<String, StrikeFigures> england, Listing.Pager pager) {
        List<String> lines = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        Set<Source> sources = new LinkedHashSet<>();
        long running = 0;
        int counted = 0;
        List<Strike> uncounted = new ArrayList<>();
        List<Figure> shown = new ArrayList<>();
        Optional<Stated> latest = Optional.empty();
        for (Strike strike : calendar) {
            StrikeFigures figures = england.get(strike.id());
            Optional<Amount> acute = figures == null ? Optional.empty() : figures.acute();
            Optional<Figure> stated = figures == null ? Optional.empty() : figures.statedRunningTotal();
            String line = HouseStyle.days(strike.days()) + ", " + strike.name() + ": ";
            if (acute.isPresent()) {
                shown.addAll(acute.get().basis());
                running += acute.get().value();
                counted++;
                line += HouseStyle.number(acute.get().value()) + " ("
                        + (acute.get().partial() ? "partial; " : "") + "running total " + HouseStyle.number(running)
                        + stated.map(total -> "; NHS England: " + HouseStyle.number(total.value()))
                                .orElse("")
                        + ")";
            } else {
                uncounted.add(strike);
                line += "no England count published"
                        + stated.map(total ->
                                        " (NHS England's running total: " + HouseStyle.number(total.value()) + ")")
                                .orElse("");
            }
            if (figures != null) {
                sources.addAll(figures.sources());
            }
            rows.add(row(strike, acute, acute.isPresent() ? Optional.of(running) : Optional.empty(), stated));
            stated.ifPresent(shown::add);
            if (stated.isPresent()) {
                latest = Optional.of(new Stated(strike, stated.get().value(), running, List.copyOf(uncounted)));
            }
            lines.add(line);
        }
        String sum = "Sum of the published counts: " + HouseStyle.number(running) + " across "
                + HouseStyle.count(counted) + (counted == 1 ? " strike." : " strikes.");
        String comparison = latest.map(FigureCards::againstStated)
                .orElse(" Strikes with no published England count add nothing, so this can be lower than NHS"
                        + " England's own running total.");
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER)
                .title("England: acute appointments and procedures rescheduled, every strike");
        Reply.Attachment whole = CsvTable.attachment(
                "strikedesk-england-running-total.csv",
                "England's acute total in every strike, with the running total",
                RUNNING_TOTAL_COLUMNS,
                rows);
        pager.page(reply, new Listing("", lines, "\n" + sum + comparison, whole));
        Source.byUrl(sources).forEach(source -> reply.source(Publishers.line(source)));
        return reply.shows(shown).caveat(Caveats.SHORT).build();
    }

    /** A strike's row of the running total's CSV: plain numbers, empty where none was published. */
    private static List<String> row(
            Strike strike, Optional<Amount> acute, Optional<Long> running, Optional<Figure> stated) {
        return List.of(
                strike.id(),
                strike.firstDay().toString(),
                strike.lastDay().toString(),
                strike.name(),
                acute.map(a -> Long.toString(a.value())).orElse(""),
                acute.map(a -> a.partial() ? "yes" : "no").orElse(""),
                running.map(String::valueOf).orElse(""),
                stated.map(total -> Long.toString(total.value())).orElse(""));
    }

    /** How the published counts up to a strike compare with NHS England's running total after it. */
    private static String againstStated(Stated stated) {
        String intro = "\nNHS England's latest running total, after the "
                + stated.strike().name() + " of "
                + HouseStyle.days(stated.strike().days()) + ", is " + HouseStyle.number(stated.total()) + ".";
        long gap = stated.total() - stated.countsSoFar();
        String counts = " The published counts up to that strike add up to " + HouseStyle.number(stated.countsSoFar());
        if (gap == 0) {
            return intro + counts + ", the same figure.";
        }
        if (gap < 0) {
            return intro + counts + ", " + HouseStyle.number(-gap)
                    + " more: counts were revised after NHS England stated its total.";
        }
        String missing = stated.uncounted().isEmpty()
                ? ""
                : " no England count was published for "
                        + HouseStyle.list(stated.uncounted().stream()
                                .map(s -> "the " + s.name() + " of " + HouseStyle.days(s.days()))
                                .toList())
                        + ", and";
        return intro + counts + ", " + HouseStyle.number(gap) + " fewer:" + missing
                + " NHS England's total may include revisions made after the counts were published.";
    }

    /** NHS England's running total after a strike, with the published counts up to it and the strikes missing. */
    private record Stated(Strike strike, long total, long countsSoFar, List<Strike> uncounted) {}

    /** The acute total as a short phrase, or what is missing. */
    public static String acuteOrNone(StrikeFigures figures) {
        return figures.acute()
                .map(a -> HouseStyle.number(a.value()) + " rescheduled" + (a.partial() ? " (partial)" : ""))
                .orElse("no count of rescheduled appointments published");
    }
}
