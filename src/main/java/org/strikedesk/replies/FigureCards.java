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
    private final HouseStyle style;

    public FigureCards(HouseStyle style) {
        this.style = style;
    }

    /**
     * One organisation in one strike: the acute total in the text, its parts, mental health and community where
     * known, staff absent, the share of England's total, the strike, the sources and the caveat.
     */
    public Reply strike(Organisation org, StrikeFigures figures, Optional<StrikeFigures> england) {
        Strike strike = figures.strike();
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER)
                .title(org.displayName() + ": " + strike.name() + ", " + HouseStyle.days(strike.days()))
                .text(headline(org, figures)
                        + figures.statedRunningTotal()
                                .map(total -> "\nNHS England's running total after this strike: "
                                        + HouseStyle.number(total.value()) + ".")
                                .orElse(""));
        rescheduledFields(figures, reply);
        figures.staff().ifPresent(staff -> reply.field("Staff absent", staff(staff, strike), true));
        england.flatMap(eng -> share(figures, eng)).ifPresent(share -> reply.field("Share of England", share, true));
        reply.field("Strike", describe(strike), false);
        if (org.closed() != null) {
            reply.field("Status", "Closed on " + HouseStyle.date(org.closed()), false);
        }
        figures.sources().forEach(source -> reply.source(Publishers.line(source)));
        reply.shows(figures.shown());
        england.flatMap(eng -> share(figures, eng).flatMap(share -> eng.acute()))
                .ifPresent(total -> reply.shows(total.basis()));
        return reply.caveat(caveat(figures)).build();
    }

    /**
     * The headline sentence: "2,247 appointments and procedures rescheduled at ... during the ... strike of ...";
     * "Five appointments ...", "No appointments or procedures were rescheduled ...".
     */
    public String headline(Organisation org, StrikeFigures figures) {
        Strike strike = figures.strike();
        String during = "during the " + strike.name() + " of " + HouseStyle.days(strike.days())
                + (strike.scope().isEmpty() ? "" : " (" + strike.scope() + ")");
        Optional<Amount> acute = figures.acute();
        if (acute.isEmpty()) {
            return "No count of rescheduled acute appointments has been published for " + HouseStyle.subject(org) + " "
                    + during + ".";
        }
        Amount amount = acute.get();
        String rescheduled = amount.value() == 0 ? " were rescheduled " : " rescheduled ";
        String count = HouseStyle.appointments(amount.value());
        if (!amount.partial()) {
            return HouseStyle.capitalised(count) + rescheduled + HouseStyle.where(org) + " " + during + ".";
        }
        String partial = " Partial: " + PartialNotes.of(amount, strike) + ".";
        if (amount.value() == 0) {
            return HouseStyle.capitalised(count) + rescheduled + HouseStyle.where(org) + " " + during
                    + " on the days with a published figure." + partial;
        }
        return "At least " + count + rescheduled + HouseStyle.where(org) + " " + during + "." + partial;
    }

    private static void rescheduledFields(StrikeFigures figures, Reply.Builder reply) {
        Optional<Amount> inpatient = figures.total(Metric.INPATIENT_RESCHEDULED);
        Optional<Amount> outpatient = figures.total(Metric.OUTPATIENT_RESCHEDULED);
        inpatient.ifPresent(a -> reply.field("Inpatient and day case", amount(a), true));
        outpatient.ifPresent(a -> reply.field("Outpatient", amount(a), true));
        if (inpatient.isEmpty() || outpatient.isEmpty()) {
            figures.total(Metric.ACUTE_RESCHEDULED)
                    .ifPresent(a -> reply.field("Acute (inpatient and outpatient)", amount(a), true));
        }
        figures.total(Metric.MENTAL_HEALTH_RESCHEDULED)
                .ifPresent(a -> reply.field("Mental health (not in the acute total)", amount(a), true));
        figures.total(Metric.COMMUNITY_RESCHEDULED)
                .ifPresent(a -> reply.field("Community (not in the acute total)", amount(a), true));
    }

    private static String amount(Amount amount) {
        return HouseStyle.number(amount.value()) + (amount.partial() ? " (partial)" : "");
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

    private static String caveat(StrikeFigures figures) {
        return figures.staff().isPresent() ? Caveats.RESCHEDULED + " " + Caveats.STAFF : Caveats.RESCHEDULED;
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
        return reply.caveat(Caveats.RESCHEDULED).build();
    }

    /**
     * England in every strike of the calendar, with the running total of acute appointments and procedures
     * rescheduled; strikes with no published count are listed and add nothing. Beside each strike after which NHS
     * England stated its own running total, that total; at the end, the latest one and how far the published
     * counts fall short of it, naming the strikes with no published count.
     */
    public Reply runningTotal(List<Strike> calendar, Map<String, StrikeFigures> england) {
        List<String> lines = new ArrayList<>();
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
                .title("England: acute appointments and procedures rescheduled, every strike")
                .text(String.join("\n", lines) + "\n\n" + sum + comparison);
        Source.byUrl(sources).forEach(source -> reply.source(Publishers.line(source)));
        return reply.shows(shown)
                .caveat(Caveats.RESCHEDULED + " " + Caveats.ACUTE)
                .build();
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
