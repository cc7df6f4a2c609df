package org.strikedesk.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.FiguresStore;
import org.strikedesk.figures.Metric;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.ingest.ImportRoute;
import org.strikedesk.ingest.errors.ImportError;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.support.SyntheticWorkbook;

@DisplayName("Excel workbooks in the tidy format")
class XlsxFigureReaderTest {
    private static final String STRIKE = "2023-04-junior-doctors";

    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forEachTest().startingAt("2026-01-12T09:00:00Z");

    @Test
    @DisplayName("a tidy first sheet is imported, with numbers as whole numbers and date cells as dates")
    void tidySheet() throws IOException {
        // GIVEN a tidy sheet whose columns are out of order and oddly cased, holding numbers and date cells
        Path file = SyntheticWorkbook.create()
                .sheet("Figures")
                .row("Value", "ORG_CODE", "strike", "Metric", "date", "source", "Published")
                .row(
                        45,
                        "RWH",
                        STRIKE,
                        "inpatient_rescheduled",
                        LocalDate.of(2023, 4, 11),
                        SyntheticWorkbook.SOURCE,
                        LocalDate.of(2023, 5, 2))
                .row(
                        2077.0,
                        "RWH",
                        STRIKE,
                        "outpatient_rescheduled",
                        LocalDate.of(2023, 4, 11),
                        SyntheticWorkbook.SOURCE,
                        LocalDate.of(2023, 5, 2))
                .writeTo(shipped.folder().resolve("synthetic-tidy.xlsx"));

        // WHEN it is imported
        ImportReport report =
                shipped.app().importer().importFile(file, "synthetic-tidy.xlsx", ImportRoute.COMMAND_LINE, "test");

        // THEN both figures are added as they read in Excel
        assertThat(report.errors()).isEmpty();
        assertThat(report.counts().added()).isEqualTo(2);
        List<Figure> held = new FiguresStore(shipped.app().database())
                .figures("RWH", STRIKE).stream()
                        .filter(f -> LocalDate.of(2023, 4, 11).equals(f.day()))
                        .toList();
        assertThat(held)
                .extracting(Figure::metric, Figure::value, Figure::published)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                Metric.INPATIENT_RESCHEDULED, 45L, LocalDate.of(2023, 5, 2)),
                        org.assertj.core.groups.Tuple.tuple(
                                Metric.OUTPATIENT_RESCHEDULED, 2077L, LocalDate.of(2023, 5, 2)));
    }

    @Test
    @DisplayName("a fraction is refused, naming the file, sheet, row and column")
    void fraction() throws IOException {
        Path file = SyntheticWorkbook.create()
                .sheet("Figures")
                .row("strike", "org_code", "date", "metric", "value", "source")
                .row(STRIKE, "RWH", "", "inpatient_rescheduled", 2077.5, SyntheticWorkbook.SOURCE)
                .writeTo(shipped.folder().resolve("synthetic-fraction.xlsx"));

        ImportReport report =
                shipped.app().importer().importFile(file, "synthetic-fraction.xlsx", ImportRoute.COMMAND_LINE, "t");

        assertThat(report.rejected()).isTrue();
        assertThat(report.errors())
                .singleElement()
                .hasToString(
                        "synthetic-fraction.xlsx, sheet Figures, row 2, column value (E): \"2077.5\" is not a whole number;"
                                + " write a count such as 1214 or 1,214");
    }

    @Test
    @DisplayName("a formula is refused with the cell named: values only")
    void formula() throws IOException {
        Path file = SyntheticWorkbook.create()
                .sheet("Figures")
                .row("strike", "org_code", "date", "metric", "value", "source")
                .row(STRIKE, "RWH", "", "inpatient_rescheduled", 10, SyntheticWorkbook.SOURCE)
                .row(
                        STRIKE,
                        "RWH",
                        "",
                        "outpatient_rescheduled",
                        new SyntheticWorkbook.Formula("E2*2"),
                        SyntheticWorkbook.SOURCE)
                .writeTo(shipped.folder().resolve("synthetic-formula.xlsx"));

        ImportReport report =
                shipped.app().importer().importFile(file, "synthetic-formula.xlsx", ImportRoute.COMMAND_LINE, "t");

        assertThat(report.rejected()).isTrue();
        assertThat(report.errors())
                .singleElement()
                .hasToString(
                        "synthetic-formula.xlsx, sheet Figures, row 3, column value (E): cell E3 holds a formula (=E2*2);"
                                + " StrikeDesk takes published values only: copy the column and paste values only");
    }

    @Test
    @DisplayName("a misspelt heading in a tidy sheet is reported as in a CSV file")
    void misspeltHeading() throws IOException {
        Path file = SyntheticWorkbook.create()
                .row("strike", "org_code", "metric", "vaule", "source")
                .row(STRIKE, "RWH", "inpatient_rescheduled", 1, SyntheticWorkbook.SOURCE)
                .writeTo(shipped.folder().resolve("synthetic-heading.xlsx"));

        ImportReport report =
                shipped.app().importer().importFile(file, "synthetic-heading.xlsx", ImportRoute.COMMAND_LINE, "t");

        assertThat(report.errors())
                .extracting(ImportError::toString)
                .contains("synthetic-heading.xlsx, sheet Sheet1, row 1, column vaule (D): unknown column \"vaule\";"
                        + " did you mean \"value\"? (columns are strike, org_code, date, metric, value, source,"
                        + " published)");
    }
}
