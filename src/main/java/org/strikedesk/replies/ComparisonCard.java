package org.strikedesk.replies;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.strikedesk.figures.Amount;
import org.strikedesk.figures.Metric;
import org.strikedesk.figures.Source;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.trusts.Organisation;

/**
 * Two organisations side by side in one strike: a field each, with the same lines in the same order (acute total,
 * inpatient, outpatient, mental health and community where either has them, staff absent, share of England), and
 * a sentence on the difference.
 */
public final class ComparisonCard {
    private static final String NOT_PUBLISHED = "not published";

    private final HouseStyle style;

    public ComparisonCard(HouseStyle style) {
        this.style = style;
    }

    /** One side of the comparison: an organisation and its figures in the strike. */
    public record Side(Organisation org, StrikeFigures figures) {}

    /**
     * The comparison.
     *
     * @param first the organisation asked about first
     * @param second the other
     * @param england England's figures in the same strike, for the shares
     */
    public Reply reply(Side first, Side second, StrikeFigures england) {
        Strike strike = first.figures().strike();
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER)
                .title("Compared: " + strike.name() + ", " + HouseStyle.days(strike.days()))
                .text(difference(first, second, strike));
        List<Row> rows = rows(england);
        reply.field(heading(first.org()), column(rows, first, second), true);
        reply.field(heading(second.org()), column(rows, second, first), true);
        reply.field("Strike", FigureCards.describe(strike), false);
        Set<Source> sources = new LinkedHashSet<>(first.figures().sources());
        sources.addAll(second.figures().sources());
        sources.forEach(source -> reply.source(Publishers.line(source)));
        reply.shows(first.figures().shown()).shows(second.figures().shown());
        england.acute().ifPresent(total -> reply.shows(total.basis()));
        boolean staff =
                first.figures().staff().isPresent() || second.figures().staff().isPresent();
        return reply.caveat(staff ? Caveats.RESCHEDULED + " " + Caveats.STAFF : Caveats.RESCHEDULED)
                .build();
    }

    /** A line of the comparison: its label, and its value for one side if published. */
    private record Row(String label, Function<Side, Optional<String>> value) {}

    private List<Row> rows(StrikeFigures england) {
        return List.of(
                new Row("Acute total", side -> amount(side.figures().acute())),
                new Row("Inpatient and day case", side -> total(side, Metric.INPATIENT_RESCHEDULED)),
                new Row("Outpatient", side -> total(side, Metric.OUTPATIENT_RESCHEDULED)),
                new Row("Mental health", side -> total(side, Metric.MENTAL_HEALTH_RESCHEDULED)),
                new Row("Community", side -> total(side, Metric.COMMUNITY_RESCHEDULED)),
                new Row(
                        "Staff absent",
                        side -> side.figures()
                                .staff()
                                .map(staff ->
                                        FigureCards.staff(staff, side.figures().strike()))),
                new Row("Share of England", side -> share(side, england)));
    }

    /** The lines for one side; a line either side has is shown on both, so the columns line up. */
    private static String column(List<Row> rows, Side side, Side other) {
        String lines = rows.stream()
                .filter(row -> row.value().apply(side).isPresent()
                        || row.value().apply(other).isPresent())
                .map(row -> row.label() + ": " + row.value().apply(side).orElse(NOT_PUBLISHED))
                .collect(Collectors.joining("\n"));
        return lines.isEmpty() ? "No figures published." : lines;
    }

    private static Optional<String> total(Side side, Metric metric) {
        return amount(side.figures().total(metric));
    }

    private static Optional<String> amount(Optional<Amount> amount) {
        return amount.map(a -> HouseStyle.number(a.value()) + (a.partial() ? " (partial)" : ""));
    }

    private Optional<String> share(Side side, StrikeFigures england) {
        if (side.org().isEngland()) {
            return Optional.of("England's own total");
        }
        Optional<Amount> part = side.figures().acute();
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

    private static String heading(Organisation org) {
        return org.isEngland() ? org.displayName() : org.displayName() + " (" + org.code() + ")";
    }

    /** "X rescheduled 461 more appointments and procedures than Y during the ...: 2,409 against 1,948." */
    private static String difference(Side first, Side second, Strike strike) {
        String during = " during the " + strike.name() + " of " + HouseStyle.days(strike.days());
        Optional<Amount> a = first.figures().acute();
        Optional<Amount> b = second.figures().acute();
        if (a.isEmpty() || b.isEmpty()) {
            Organisation missing = a.isEmpty() ? first.org() : second.org();
            return "There is no like-for-like total: no count of rescheduled acute appointments has been published"
                    + " for " + HouseStyle.subject(missing) + during + ".";
        }
        if (a.get().partial() || b.get().partial()) {
            return unknownDifference(first, second, during);
        }
        long difference = a.get().value() - b.get().value();
        String firstName = HouseStyle.capitalised(HouseStyle.subject(first.org()));
        String secondName = HouseStyle.subject(second.org());
        if (difference == 0 && a.get().value() == 0) {
            return "Neither " + HouseStyle.subject(first.org()) + " nor " + secondName
                    + " rescheduled any appointments or procedures" + during + ".";
        }
        if (difference == 0) {
            return firstName + " and " + secondName + " each rescheduled "
                    + HouseStyle.appointments(a.get().value()) + during + ".";
        }
        Side more = difference > 0 ? first : second;
        Side fewer = difference > 0 ? second : first;
        long gap = Math.abs(difference);
        return HouseStyle.capitalised(HouseStyle.subject(more.org())) + " rescheduled "
                + HouseStyle.count(gap)
                + (gap == 1 ? " more appointment or procedure" : " more appointments and procedures")
                + " than "
                + HouseStyle.subject(fewer.org()) + during + ": "
                + HouseStyle.count(more.figures().acute().orElseThrow().value()) + " against "
                + against(fewer.figures().acute().orElseThrow().value()) + ".";
    }

    /**
     * "X rescheduled 11,000 appointments and procedures during the ..., and Y at least 1,510. The total for Y is
     * partial: no inpatient figure was published for 17 July, so the difference between them is not known."
     */
    private static String unknownDifference(Side first, Side second, String during) {
        Amount a = first.figures().acute().orElseThrow();
        Amount b = second.figures().acute().orElseThrow();
        String text = HouseStyle.capitalised(HouseStyle.subject(first.org())) + " rescheduled " + atLeast(a)
                + HouseStyle.appointments(a.value()) + during + ", and " + HouseStyle.subject(second.org()) + " "
                + atLeast(b) + (b.value() == 0 ? "none" : HouseStyle.count(b.value())) + ".";
        Strike strike = first.figures().strike();
        if (a.partial() && b.partial()) {
            return text + " Both totals are partial: for " + HouseStyle.subject(first.org()) + ", "
                    + PartialNotes.of(a, strike) + "; for " + HouseStyle.subject(second.org()) + ", "
                    + PartialNotes.of(b, strike) + ". The difference between them is not known.";
        }
        Side partial = a.partial() ? first : second;
        return text + " The total for " + HouseStyle.subject(partial.org()) + " is partial: "
                + PartialNotes.of(partial.figures().acute().orElseThrow(), strike)
                + ", so the difference between them is not known.";
    }

    private static String atLeast(Amount amount) {
        return amount.partial() && amount.value() > 0 ? "at least " : "";
    }

    private static String against(long value) {
        return value == 0 ? "none" : HouseStyle.count(value);
    }
}
