package org.strikedesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikedesk.figures.Metric;

@DisplayName("Wide-workbook layouts")
class LayoutLoaderTest {
    private static final String VALID = "{\"name\": \"Synthetic\", \"headerRow\": 2, \"codeColumn\": \"^code$\","
            + " \"columns\": [{\"heading\": \"^(?<date>\\\\d+/\\\\d+/\\\\d{4}) inpatient\", \"dateFormat\": \"d/M/uuuu\","
            + " \"metric\": \"inpatient_rescheduled\"}], \"source\": {\"url\": \"https://example.org/synthetic\"}}";

    private final LayoutLoader loader = new LayoutLoader();

    @Test
    @DisplayName("the shipped layouts load")
    void shipped() {
        List<WideLayout> layouts = loader.loadAll(Path.of("config/layouts"));

        assertThat(layouts).singleElement().satisfies(layout -> {
            assertThat(layout.name()).isEqualTo("NHS England daily figures by trust");
            assertThat(layout.headerRow()).isEqualTo(3);
            assertThat(layout.source().cell()).isEqualTo(new CellRef(2, 0));
            assertThat(layout.columns())
                    .extracting(ColumnRule::metric)
                    .contains(Metric.INPATIENT_RESCHEDULED, Metric.OUTPATIENT_RESCHEDULED);
        });
    }

    @Test
    @DisplayName("a layout's parts are read as written")
    void parses() {
        WideLayout layout = loader.parse("synthetic.json", VALID);

        assertThat(layout.sheet().index()).isEqualTo(1);
        assertThat(layout.columns().get(0).dateFormat().parse("11/4/2023"))
                .hasValueSatisfying(day -> assertThat(day.toString()).isEqualTo("2023-04-11"));
        assertThat(layout.isNoValue(" - ")).isTrue();
        assertThat(layout.isNoValue("0")).isFalse();
    }

    @DisplayName("a layout that cannot be used is refused with its file and key named")
    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"headerRow\": 2|\"headerRow\": 0|synthetic.json: headerRow must be 1 or more",
                "^code$|(code|synthetic.json: codeColumn: \"(code\" is not a valid regular expression",
                "(?<date>|(?<day>|synthetic.json: columns[0]: heading: \"^(?<day>",
                "inpatient_rescheduled|inpatients|synthetic.json: columns[0]: metric: \"inpatients\" is not a metric",
                "d/M/uuuu|d/M/yyyy|synthetic.json: columns[0]: dateFormat: \"d/M/yyyy\" writes the year as y",
                "{\"url\": \"https://example.org/synthetic\"}|{\"cell\": \"A9\"}|synthetic.json: source.cell: A9 is"
                        + " below the header row (2)",
                "{\"url\": \"https://example.org/synthetic\"}|{\"cell\": \"nine\"}|synthetic.json: source: cell:"
                        + " \"nine\" is not a cell",
                "\"headerRow\"|\"headerRows\"|synthetic.json: unknown key \"headerRows\""
            })
    void refused(String find, String replace, String message) {
        String broken = VALID.replace(find, replace);

        assertThatThrownBy(() -> loader.parse("synthetic.json", broken))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(message);
    }
}
