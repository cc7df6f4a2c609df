package org.strikedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.FiguresStore;
import org.strikedesk.figures.Metric;
import org.strikedesk.ingest.errors.ImportError;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.support.SyntheticWorkbook;
import org.strikedesk.support.TidyCsv;

/**
 * NHS England's stated running totals ({@code acute_rescheduled_cumulative}) at import, into a store loaded with the
 * shipped data. The shipped totals after the strikes nearest those used here: 885,154 after 2023-08-consultants and
 * 1,219,422 after 2023-12-junior-doctors; the published England counts up to 2023-09-joint add up to 993,679 and
 * up to 2023-10-joint to 1,111,705 (worked from data/figures-england.csv). Rows here are synthetic.
 */
class RunningTotalsImportTest {
    private static final String SOURCE = "https://example.org/synthetic/running-total";

    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forEachTest();

    private static TidyCsv totals() {
        return TidyCsv.citing(SOURCE);
    }

    private ImportReport ingest(TidyCsv file) throws IOException {
        return file.importInto(shipped.app(), shipped.folder().resolve("totals.csv"));
    }

    @DisplayName("The eight shipped running totals are loaded, and agree with the shipped counts")
    @Test
    void shipped() {
        List<Figure> totals = new FiguresStore(shipped.app().database())
                .figuresOf("ENG").stream()
                        .filter(f -> f.metric() == Metric.ACUTE_RESCHEDULED_CUMULATIVE)
                        .toList();

        assertThat(totals).hasSize(8);
        assertThat(totals)
                .filteredOn(f -> f.strikeId().equals("2024-06-junior-doctors"))
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo(1_491_303));
    }

    @DisplayName("A running total that is not England's, or has a date, is a row error naming the cell")
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2023-09-joint,RWH,,acute_rescheduled_cumulative,900000 | 2 | org_code (B) | acute_rescheduled_cumulative"
                        + " is NHS England's running total for England as a whole; its org_code is ENG, not RWH",
                "2023-09-joint,Y61,,acute_rescheduled_cumulative,900000 | 2 | org_code (B) | acute_rescheduled_cumulative"
                        + " is NHS England's running total for England as a whole; its org_code is ENG, not Y61",
                "2023-09-joint,ENG,2023-09-20,acute_rescheduled_cumulative,900000 | 2 | date (C) |"
                        + " acute_rescheduled_cumulative is a whole-strike figure; leave date empty"
            })
    void rowErrors(String row, int line, String column, String message) throws IOException {
        ImportReport report = ingest(totals().row(row, "2023-09-27"));

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
        assertThat(report.errors()).containsExactly(new ImportError("totals.csv", line, column, message));
    }

    @DisplayName("A running total that falls, or is below the counts it includes, is rejected with the figures")
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Below the counts up to 2023-09-joint (993,679) and below the total after 2023-08-consultants.
                "below both | 2023-09-joint,ENG,,acute_rescheduled_cumulative,880000 |"
                        + " acute_rescheduled_cumulative 880,000 after strike 2023-09-joint is lower than the 993,679"
                        + " that the published England counts up to that strike add up to; a running total includes"
                        + " every count before it ;; acute_rescheduled_cumulative 880,000 after strike 2023-09-joint"
                        + " is lower than NHS England's running total after the earlier strike 2023-08-consultants,"
                        + " 885,154 (held in the store); a running total never falls",
                // Above the total held for the later strike 2023-12-junior-doctors.
                "above a later one | 2023-09-joint,ENG,,acute_rescheduled_cumulative,1250000 |"
                        + " acute_rescheduled_cumulative 1,250,000 after strike 2023-09-joint is higher than NHS"
                        + " England's running total after the later strike 2023-12-junior-doctors, 1,219,422 (held in"
                        + " the store); a running total never falls"
            })
    void disagreements(String name, String row, String messages) throws IOException {
        ImportReport report = ingest(totals().row(row, "2023-10-10"));

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
        assertThat(report.errors())
                .extracting(ImportError::toString)
                .containsExactly(List.of(messages.split(" ;; ")).stream()
                        .map(m -> "totals.csv, row 2, column value (E): " + m)
                        .toArray(String[]::new));
    }

    @DisplayName("Two totals in one file that fall are reported at the later one, naming the earlier row")
    @Test
    void fallsWithinFile() throws IOException {
        ImportReport report =
                ingest(totals().row("2023-09-joint,ENG,,acute_rescheduled_cumulative,1150000", "2023-10-10")
                        .row("2023-10-joint,ENG,,acute_rescheduled_cumulative,1120000", "2023-10-10"));

        assertThat(report.errors())
                .extracting(ImportError::toString)
                .containsExactly("totals.csv, row 3, column value (E): acute_rescheduled_cumulative 1,120,000 after"
                        + " strike 2023-10-joint is lower than NHS England's running total after the earlier strike"
                        + " 2023-09-joint, 1,150,000 (row 2); a running total never falls");
    }

    @DisplayName("A total that fits between the ones held and above the counts is imported")
    @Test
    void fits() throws IOException {
        ImportReport report =
                ingest(totals().row("2023-09-joint,ENG,,acute_rescheduled_cumulative,1000000", "2023-10-10"));

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.counts().added()).isEqualTo(1);
    }

    @DisplayName("A revision of a held total is checked as it would stand, and one from an older source is not used")
    @Test
    void revisions() throws IOException {
        // 2023-08-consultants holds 885,154 (no published date). Revised down to 870,000, it is still above the
        // 863,766 counts up to it and the 839,327 before it, so it is applied.
        ImportReport down =
                ingest(totals().row("2023-08-consultants,ENG,,acute_rescheduled_cumulative,870000", "2023-09-01"));

        assertThat(down.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(down.counts().revised()).isEqualTo(1);
    }

    @DisplayName("In a workbook, a running total is read as in CSV, and a disagreement names the sheet")
    @Test
    void workbook() throws IOException {
        Path file = SyntheticWorkbook.create()
                .sheet("Totals")
                .row("strike", "org_code", "date", "metric", "value", "source", "published")
                .row("2023-09-joint", "ENG", "", "acute_rescheduled_cumulative", 1_000_000, SOURCE, "2023-10-10")
                .row("2023-10-joint", "ENG", "", "acute_rescheduled_cumulative", 990_000, SOURCE, "2023-10-10")
                .writeTo(shipped.folder().resolve("totals.xlsx"));

        ImportReport report = shipped.app().importer().importFile(file, "totals.xlsx", ImportRoute.UPLOAD, "test");

        assertThat(report.errors())
                .extracting(ImportError::toString)
                .containsExactly(
                        "totals.xlsx, sheet Totals, row 3, column value (E): acute_rescheduled_cumulative 990,000"
                                + " after strike 2023-10-joint is lower than the 1,111,705 that the published England"
                                + " counts up to that strike add up to; a running total includes every count before"
                                + " it",
                        "totals.xlsx, sheet Totals, row 3, column value (E): acute_rescheduled_cumulative 990,000"
                                + " after strike 2023-10-joint is lower than NHS England's running total after the"
                                + " earlier strike 2023-09-joint, 1,000,000 (row 2); a running total never falls");
    }
}
