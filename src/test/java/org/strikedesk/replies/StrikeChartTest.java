package org.strikedesk.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.trusts.Organisation;

/** The chart's model (title, subtitles, axes, values) and the PNG drawn from it, for England from the shipped data. */
class StrikeChartTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static List<StrikeFigures> england;

    @BeforeAll
    static void open() {
        england = shipped.app().queries().history(Organisation.ENGLAND_CODE);
    }

    private static JFreeChart chart(ChartMetric metric) {
        return StrikeChart.build(Organisation.ENGLAND, metric, StrikeChart.bars(metric, england));
    }

    private static List<String> subtitles(JFreeChart chart) {
        return chart.getSubtitles().stream()
                .filter(TextTitle.class::isInstance)
                .map(t -> ((TextTitle) t).getText())
                .toList();
    }

    @DisplayName("The title says what and where; a subtitle gives the source")
    @Test
    void titles() {
        JFreeChart chart = chart(ChartMetric.ACUTE);

        assertThat(chart.getTitle().getText()).isEqualTo("England: appointments and procedures rescheduled, by strike");
        assertThat(subtitles(chart))
                .contains("The 25 strikes with a published figure, oldest first")
                .anyMatch(s ->
                        s.startsWith("Source: NHS England data, from NHS England and as reported by The" + " Courier"));
    }

    @DisplayName("There is one bar per strike with a figure, and each bar's value is the store's")
    @Test
    void valuesAreTheStores() {
        CategoryDataset dataset = chart(ChartMetric.ACUTE).getCategoryPlot().getDataset();

        List<Long> stored = england.stream()
                .filter(f -> f.acute().isPresent())
                .map(f -> f.acute().orElseThrow().value())
                .toList();
        assertThat(dataset.getColumnCount()).isEqualTo(stored.size()).isEqualTo(25);
        for (int column = 0; column < stored.size(); column++) {
            assertThat(dataset.getValue(0, column).longValue()).isEqualTo(stored.get(column));
        }
        assertThat(dataset.getValue(0, dataset.getColumnIndex("Dec 2022 nurses"))
                        .longValue())
                .isEqualTo(29_576);
        assertThat(dataset.getValue(0, dataset.getColumnIndex("Apr 2023 JD")).longValue())
                .isEqualTo(196_225);
    }

    @DisplayName("The axes are labelled, and values carry thousands separators")
    @Test
    void axes() {
        JFreeChart chart = chart(ChartMetric.ACUTE);
        NumberAxis values = (NumberAxis) chart.getCategoryPlot().getRangeAxis();

        assertThat(values.getLabel()).isEqualTo("Appointments and procedures rescheduled");
        assertThat(values.getNumberFormatOverride().format(196_225)).isEqualTo("196,225");
        assertThat(chart.getCategoryPlot().getDomainAxis().getLabel()).isEqualTo("Strike");
    }

    @DisplayName("The staff chart shows the peak days, and marks December 2022's as partial")
    @Test
    void staffPartial() {
        JFreeChart chart = chart(ChartMetric.STAFF);
        CategoryDataset dataset = chart.getCategoryPlot().getDataset();

        assertThat(dataset.getColumnKey(0).toString()).isEqualTo("Dec 2022 nurses*");
        assertThat(dataset.getValue(0, dataset.getColumnIndex("Dec 2022 nurses*"))
                        .longValue())
                .isEqualTo(9_999);
        assertThat(dataset.getValue(0, dataset.getColumnIndex("Apr 2023 JD")).longValue())
                .isEqualTo(27_361);
        assertThat(subtitles(chart)).contains("* Partial: counts only the strike days with a published figure");
    }

    @DisplayName("The PNG decodes at 1000 by 560 and is a picture, not a blank")
    @Test
    void png() throws IOException {
        byte[] png = StrikeChart.png(chart(ChartMetric.ACUTE));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(StrikeChart.WIDTH).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(StrikeChart.HEIGHT).isEqualTo(560);
        Set<Integer> colours = new HashSet<>();
        int barPixels = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                barPixels += rgb == 0x005EB8 ? 1 : 0;
            }
        }
        assertThat(colours).hasSizeGreaterThan(20);
        assertThat(barPixels).as("pixels in the bars' colour").isGreaterThan(10_000);
    }
}
