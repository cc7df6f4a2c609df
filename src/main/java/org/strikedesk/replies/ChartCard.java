package org.strikedesk.replies;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.trusts.Organisation;

/** The reply that carries a chart: what it shows in a sentence, the PNG attached, its sources and caveat. */
public final class ChartCard {
    /** Discord's limit on an attachment's description, which screen readers read out. */
    static final int DESCRIPTION_LIMIT = 1024;

    private ChartCard() {}

    /** The file name of an organisation's chart: {@code strikedesk-RWH-acute.png}. */
    public static String fileName(Organisation org, ChartMetric metric) {
        return "strikedesk-" + org.code() + "-" + metric.id() + ".png";
    }

    /**
     * The chart of {@code metric} across the organisation's strikes, or a warning when no strike has a figure for
     * it.
     *
     * @param history the organisation's figures in every strike that has any, oldest first
     */
    public static Reply reply(Organisation org, ChartMetric metric, List<StrikeFigures> history) {
        List<StrikeChart.Bar> bars = StrikeChart.bars(metric, history);
        if (bars.isEmpty()) {
            return nothingToChart(org, metric, history);
        }
        byte[] png = StrikeChart.png(StrikeChart.build(org, metric, bars));
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER)
                .title(StrikeChart.title(org, metric))
                .text(summary(bars))
                .attachment(new Reply.Attachment(fileName(org, metric), png, description(org, metric, bars)));
        StrikeChart.sources(bars).forEach(source -> reply.source(Publishers.line(source)));
        bars.forEach(bar -> reply.shows(bar.value().basis()));
        return reply.caveat(metric == ChartMetric.STAFF ? Caveats.STAFF : Caveats.RESCHEDULED)
                .build();
    }

    private static String summary(List<StrikeChart.Bar> bars) {
        StrikeChart.Bar highest = bars.stream()
                .max(Comparator.comparingLong(b -> b.value().value()))
                .orElseThrow();
        String where = " in the " + highest.strike().name() + " of "
                + HouseStyle.days(highest.strike().days()) + ".";
        String text;
        if (bars.size() == 1) {
            text = "One strike has a published figure: "
                    + HouseStyle.count(highest.value().value()) + where;
        } else if (highest.value().value() == 0) {
            text = HouseStyle.capitalised(HouseStyle.count(bars.size()))
                    + " strikes have a published figure; strikes without one are left out. Every figure is zero.";
        } else {
            text = HouseStyle.capitalised(HouseStyle.count(bars.size()))
                    + " strikes have a published figure; strikes without one are left out. The highest was "
                    + HouseStyle.count(highest.value().value()) + where;
        }
        List<String> partial = bars.stream()
                .filter(bar -> bar.value().partial())
                .map(bar -> bar.label().replace("*", "") + " (" + PartialNotes.of(bar.value(), bar.strike()) + ")")
                .toList();
        return partial.isEmpty() ? text : text + " * Partial: " + String.join("; ", partial) + ".";
    }

    /** The chart in words, for people who cannot see it. */
    static String description(Organisation org, ChartMetric metric, List<StrikeChart.Bar> bars) {
        String values = bars.stream()
                .map(bar -> bar.label() + ": " + HouseStyle.number(bar.value().value()))
                .collect(Collectors.joining("; "));
        String text = "Bar chart of " + metric.measure() + " " + HouseStyle.where(org) + ", by strike. " + values;
        return text.length() <= DESCRIPTION_LIMIT ? text : text.substring(0, DESCRIPTION_LIMIT - 1) + "\u2026";
    }

    private static Reply nothingToChart(Organisation org, ChartMetric metric, List<StrikeFigures> history) {
        List<String> others = Arrays.stream(ChartMetric.values())
                .filter(other -> !StrikeChart.bars(other, history).isEmpty())
                .map(other -> "metric:" + other.id())
                .toList();
        String hint = others.isEmpty()
                ? " StrikeDesk holds no figures for it that can be charted."
                : " Figures exist for " + HouseStyle.list(others) + ".";
        return Reply.builder(Reply.Tone.WARNING)
                .title("Nothing to chart")
                .text("No figures for " + metric.measure() + " have been published for " + HouseStyle.subject(org)
                        + " in any strike." + hint)
                .build();
    }
}
