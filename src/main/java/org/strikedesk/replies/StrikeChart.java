package org.strikedesk.replies;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.strikedesk.figures.Amount;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Source;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.trusts.Organisation;

/**
 * A bar chart of one measure across strikes for one organisation, drawn with JFreeChart (headless) and written as
 * a PNG: a title that says what and where, one bar per strike with a published figure, a labelled value axis with
 * thousands separators, and the source on the image.
 */
public final class StrikeChart {
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 560;

    /** Bars above this many are too narrow for a value on each; their labels are turned to fit. */
    private static final int MOST_LABELLED_BARS = 12;

    private static final Color NHS_BLUE = new Color(0x005EB8);
    private static final Color GRID = new Color(0xD8DDE0);
    private static final Color TEXT = new Color(0x212B32);
    private static final Color QUIET = new Color(0x4C6272);

    private StrikeChart() {}

    /**
     * One bar: a strike with a published figure.
     *
     * @param strike the strike
     * @param label its name under the bar, marked with an asterisk when the figure is partial
     * @param value the figure and what it was taken from
     */
    public record Bar(Strike strike, String label, Amount value) {}

    /** The bars for a measure, oldest strike first; strikes with no published figure have none. */
    public static List<Bar> bars(ChartMetric metric, List<StrikeFigures> history) {
        List<StrikeFigures> shown = history.stream()
                .filter(figures -> metric.valueIn(figures).isPresent())
                .toList();
        Map<String, String> labels =
                StrikeLabels.of(shown.stream().map(StrikeFigures::strike).toList());
        List<Bar> bars = new ArrayList<>();
        for (StrikeFigures figures : shown) {
            Amount value = metric.valueIn(figures).orElseThrow();
            String label = labels.get(figures.strike().id()) + (value.partial() ? "*" : "");
            bars.add(new Bar(figures.strike(), label, value));
        }
        return bars;
    }

    /** "East and North Hertfordshire NHS Trust: appointments and procedures rescheduled, by strike". */
    public static String title(Organisation org, ChartMetric metric) {
        return org.displayName() + ": " + metric.measure() + ", by strike";
    }

    /** The chart, ready to draw; its dataset holds one series whose values are the bars' figures. */
    public static JFreeChart build(Organisation org, ChartMetric metric, List<Bar> bars) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Bar bar : bars) {
            dataset.addValue((double) bar.value().value(), metric.axisLabel(), bar.label());
        }
        JFreeChart chart = ChartFactory.createBarChart(
                title(org, metric),
                "Strike",
                metric.axisLabel(),
                dataset,
                PlotOrientation.VERTICAL,
                false,
                false,
                false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(12, 16, 12, 24));
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        chart.getTitle().setPaint(TEXT);
        subtitles(chart, bars);
        style(chart.getCategoryPlot(), bars.size());
        return chart;
    }

    /** The chart as a PNG of {@link #WIDTH} by {@link #HEIGHT} pixels. */
    public static byte[] png(JFreeChart chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a chart to memory", e);
        }
        return out.toByteArray();
    }

    /** The publications behind the bars, each once. */
    public static List<Source> sources(List<Bar> bars) {
        List<Figure> basis = new ArrayList<>();
        bars.forEach(bar -> basis.addAll(bar.value().basis()));
        return StrikeFigures.sourcesOf(basis);
    }

    private static void subtitles(JFreeChart chart, List<Bar> bars) {
        String shown = bars.size() == 1 ? "The one strike" : "The " + HouseStyle.count(bars.size()) + " strikes";
        chart.addSubtitle(text(shown + " with a published figure, oldest first", 14, RectangleEdge.TOP));
        chart.addSubtitle(text("Source: " + Publishers.summary(sources(bars)), 12, RectangleEdge.BOTTOM));
        if (bars.stream().anyMatch(bar -> bar.value().partial())) {
            chart.addSubtitle(
                    text("* Partial: counts only the strike days with a published figure", 12, RectangleEdge.BOTTOM));
        }
    }

    private static TextTitle text(String words, int size, RectangleEdge edge) {
        TextTitle title = new TextTitle(words, new Font(Font.SANS_SERIF, Font.PLAIN, size));
        title.setPaint(QUIET);
        title.setPosition(edge);
        title.setTextAlignment(
                edge.equals(RectangleEdge.BOTTOM) ? HorizontalAlignment.LEFT : HorizontalAlignment.CENTER);
        title.setHorizontalAlignment(
                edge.equals(RectangleEdge.BOTTOM) ? HorizontalAlignment.LEFT : HorizontalAlignment.CENTER);
        title.setPadding(new RectangleInsets(4, 0, 4, 0));
        return title;
    }

    private static void style(CategoryPlot plot, int bars) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.UK));
        values.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.UK));
        values.setUpperMargin(0.12);
        CategoryAxis strikes = plot.getDomainAxis();
        strikes.setMaximumCategoryLabelLines(2);
        strikes.setCategoryLabelPositions(
                bars > MOST_LABELLED_BARS / 2 ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, NHS_BLUE);
        renderer.setMaximumBarWidth(0.1);
        if (bars <= MOST_LABELLED_BARS) {
            renderer.setDefaultItemLabelGenerator(
                    new StandardCategoryItemLabelGenerator("{2}", NumberFormat.getIntegerInstance(Locale.UK)));
            renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            renderer.setDefaultItemLabelPaint(TEXT);
            renderer.setDefaultItemLabelsVisible(true);
        }
    }
}
