package org.strikedesk.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.config.IngestConfig;
import org.strikedesk.config.LayoutLoader;
import org.strikedesk.config.WideLayout;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.FiguresStore;
import org.strikedesk.figures.Metric;
import org.strikedesk.figures.Strike;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.ingest.ImportRoute;
import org.strikedesk.ingest.Importer;
import org.strikedesk.ingest.errors.ImportError;
import org.strikedesk.ingest.guard.WorkbookLimits;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.support.SyntheticWorkbook;
import org.strikedesk.trusts.Organisation;

@DisplayName("Wide workbooks read with the shipped layout (one row per trust, columns per day and measure)")
class WideSheetReaderTest {
    private static final String FIVE_DAY_STRIKE = "2025-07-resident-doctors";
    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Without the plausibility gate, which would hold the synthetic figures at England's scale: this is about reading. */
    @RegisterExtension
    static final AppOnShippedData shipped =
            AppOnShippedData.forEachTest().startingAt("2026-01-12T09:00:00Z").with("{\"review\": {\"gate\": false}}");

    /** A synthetic workbook in the shipped layout: a title, a source line, headings in row 3, then trusts. */
    static SyntheticWorkbook daily(List<LocalDate> days, List<String> codes) {
        List<Object> headings = new ArrayList<>(List.of("Region", "Code", "Name"));
        for (LocalDate day : days) {
            headings.add(HEADING.format(day) + " Inpatient");
            headings.add(HEADING.format(day) + " Outpatient");
        }
        SyntheticWorkbook workbook = SyntheticWorkbook.create()
                .sheet("Trusts")
                .row("Synthetic test data: NHS strike figures by trust, made up for tests")
                .row("Source: " + SyntheticWorkbook.SOURCE + ".", LocalDate.of(2025, 8, 7))
                .row(headings.toArray());
        for (int t = 0; t < codes.size(); t++) {
            List<Object> row = new ArrayList<>(List.of("Y61", codes.get(t), "Synthetic trust " + t));
            for (int d = 0; d < days.size(); d++) {
                row.add(10 + t + d);
                row.add(100 + t * 2 + d);
            }
            workbook.row(row.toArray());
        }
        return workbook;
    }

    private ImportReport importFile(SyntheticWorkbook workbook, String name) throws IOException {
        Path file = workbook.writeTo(shipped.folder().resolve(name));
        return shipped.app().importer().importFile(file, name, ImportRoute.COMMAND_LINE, "test");
    }

    private Strike strike(String id) {
        return shipped.app().reference().calendar().byId(id).orElseThrow();
    }

    @Test
    @DisplayName("each cell becomes a figure for the strike whose days include the column's day")
    void figures() throws IOException {
        List<LocalDate> days = List.of(LocalDate.of(2023, 4, 11), LocalDate.of(2023, 4, 12));

        ImportReport report = importFile(daily(days, List.of("RWH", "RAJ")), "synthetic-daily.xlsx");

        assertThat(report.errors()).isEmpty();
        assertThat(report.counts().added()).isEqualTo(8);
        List<Figure> rwh = new FiguresStore(shipped.app().database())
                .figures("RWH", "2023-04-junior-doctors").stream()
                        .filter(f -> f.day() != null)
                        .toList();
        assertThat(rwh)
                .extracting(Figure::day, Figure::metric, Figure::value)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(days.get(0), Metric.INPATIENT_RESCHEDULED, 10L),
                        org.assertj.core.groups.Tuple.tuple(days.get(0), Metric.OUTPATIENT_RESCHEDULED, 100L),
                        org.assertj.core.groups.Tuple.tuple(days.get(1), Metric.INPATIENT_RESCHEDULED, 11L),
                        org.assertj.core.groups.Tuple.tuple(days.get(1), Metric.OUTPATIENT_RESCHEDULED, 101L));
        assertThat(rwh).allSatisfy(f -> {
            assertThat(f.source()).isEqualTo(SyntheticWorkbook.SOURCE);
            assertThat(f.published()).isEqualTo(LocalDate.of(2025, 8, 7));
        });
    }

    @Test
    @DisplayName("England at scale: every open trust, every day of a five-day strike, in one transaction")
    void englandScale() throws IOException {
        // GIVEN every open trust in England, and the five days of a strike
        Strike strike = strike(FIVE_DAY_STRIKE);
        assertThat(strike.days()).hasSize(5);
        List<String> trusts = shipped.app().reference().directory().trusts().stream()
                .filter(t -> t.region() != null && t.region().inEngland() && t.closed() == null)
                .filter(t -> t.opened() == null || !t.opened().isAfter(strike.lastDay()))
                .map(Organisation::code)
                .toList();
        assertThat(trusts).hasSizeGreaterThan(150);
        long before = new FiguresStore(shipped.app().database()).count();

        // WHEN a wide workbook with an inpatient and an outpatient figure for each is imported
        ImportReport report = importFile(daily(strike.days(), trusts), "synthetic-england-daily.xlsx");

        // THEN every figure is added by one import
        assertThat(report.errors()).isEmpty();
        assertThat(report.counts().rows()).isEqualTo(trusts.size() * 10);
        assertThat(report.counts().added()).isEqualTo(trusts.size() * 10);
        assertThat(new FiguresStore(shipped.app().database()).count()).isEqualTo(before + trusts.size() * 10L);
        assertThat(shipped.app().history().latest(1))
                .singleElement()
                .satisfies(r -> assertThat(r.counts().added()).isEqualTo(trusts.size() * 10));
        assertThat(new FiguresStore(shipped.app().database())
                        .figuresIn(FIVE_DAY_STRIKE).stream()
                                .filter(f -> f.day() != null)
                                .map(Figure::orgCode)
                                .distinct())
                .hasSize(trusts.size());
    }

    @Test
    @DisplayName("England at scale with one bad cell: nothing at all is imported")
    void englandScaleAllOrNothing() throws IOException {
        Strike strike = strike(FIVE_DAY_STRIKE);
        List<String> trusts = shipped.app().reference().directory().trusts().stream()
                .filter(t -> t.region() != null && t.region().inEngland() && t.closed() == null)
                .filter(t -> t.opened() == null || !t.opened().isAfter(strike.lastDay()))
                .map(Organisation::code)
                .toList();
        SyntheticWorkbook workbook = daily(strike.days(), trusts);
        int lastRow = 3 + trusts.size();
        workbook.rowAt(lastRow, "Y61", trusts.get(trusts.size() - 1), "Synthetic trust", 5, "lots");
        long before = new FiguresStore(shipped.app().database()).count();

        ImportReport report = importFile(workbook, "synthetic-england-daily-bad.xlsx");

        assertThat(report.rejected()).isTrue();
        assertThat(report.errors())
                .extracting(ImportError::toString)
                .containsExactly("synthetic-england-daily-bad.xlsx, sheet Trusts, row " + lastRow
                        + ", column 25/07/2025 Outpatient (E): \"lots\" is not a whole number; write a count"
                        + " such as 1214 or 1,214");
        assertThat(new FiguresStore(shipped.app().database()).count()).isEqualTo(before);
    }

    @Test
    @DisplayName("a day that is no strike day is an error naming the heading's cell")
    void dayOfNoStrike() throws IOException {
        ImportReport report = importFile(
                daily(List.of(LocalDate.of(2023, 4, 11), LocalDate.of(2023, 4, 20)), List.of("RWH")),
                "synthetic-wrong-day.xlsx");

        assertThat(report.rejected()).isTrue();
        assertThat(report.errors())
                .extracting(ImportError::toString)
                .contains("synthetic-wrong-day.xlsx, sheet Trusts, row 3, column 20/04/2023 Inpatient (F):"
                        + " 2023-04-20 is not a day of any strike in the calendar (/strikes lists them)");
    }

    @Test
    @DisplayName("a row with figures but no code is an error; a note below the table is not")
    void rowWithoutCode() throws IOException {
        SyntheticWorkbook workbook = daily(List.of(LocalDate.of(2023, 4, 11)), List.of("RWH"))
                .row("Y61", "", "A trust with no code", 4, 5)
                .row("Figures are synthetic.");

        ImportReport report = importFile(workbook, "synthetic-no-code.xlsx");

        assertThat(report.errors())
                .extracting(ImportError::toString)
                .containsExactly("synthetic-no-code.xlsx, sheet Trusts, row 5, column Code (B): the row has figures"
                        + " but no organisation code");
    }

    @Test
    @DisplayName("a heading that is an Excel date cell gives the day, in a layout made for it")
    void dateCellHeadings() throws IOException {
        WideLayout layout = new LayoutLoader()
                .parse(
                        "synthetic-staff.json",
                        "{\"name\": \"Synthetic staff absent\", \"sheet\": \"Staff\", \"codeColumn\": \"^code$\","
                                + " \"columns\": [{\"heading\": \"^(?<date>\\\\d{4}-\\\\d{2}-\\\\d{2})$\","
                                + " \"metric\": \"staff_absent\"}], \"source\": {\"url\": \""
                                + SyntheticWorkbook.SOURCE + "\"}}");
        Importer importer = new Importer(
                shipped.app().database(),
                () -> shipped.app().reference().directory(),
                () -> shipped.app().reference().calendar(),
                new FigureReaders(List.of(new XlsxFigureReader(
                        WorkbookLimits.of(IngestConfig.DEFAULT),
                        List.of(layout),
                        () -> shipped.app().reference().calendar()))),
                shipped.app().clock());
        Path file = SyntheticWorkbook.create()
                .sheet("Notes")
                .row("Synthetic workbook: the figures are on the next sheet")
                .sheet("Staff")
                .row("Code", LocalDate.of(2023, 4, 11), LocalDate.of(2023, 4, 12))
                .row("RAJ", 140, 151)
                .writeTo(shipped.folder().resolve("synthetic-staff.xlsx"));

        ImportReport report = importer.importFile(file, "synthetic-staff.xlsx", ImportRoute.COMMAND_LINE, "test");

        assertThat(report.errors()).isEmpty();
        assertThat(new FiguresStore(shipped.app().database()).figures("RAJ", "2023-04-junior-doctors"))
                .filteredOn(f -> f.metric() == Metric.STAFF_ABSENT)
                .extracting(Figure::day, Figure::value)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 4, 11), 140L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 4, 12), 151L));
    }

    @Test
    @DisplayName("a publication date computed by a formula is refused, naming its cell")
    void publishedFormula() throws IOException {
        SyntheticWorkbook workbook = daily(List.of(LocalDate.of(2023, 4, 11)), List.of("RWH"))
                .rowAt(2, "Source: " + SyntheticWorkbook.SOURCE, new SyntheticWorkbook.Formula("TODAY()"));

        ImportReport report = importFile(workbook, "synthetic-today.xlsx");

        assertThat(report.errors())
                .extracting(ImportError::toString)
                .containsExactly("synthetic-today.xlsx, sheet Trusts, row 2, column B: cell B2 holds a formula"
                        + " (=TODAY()); StrikeDesk takes published values only: copy the column and paste values"
                        + " only");
    }

    @Test
    @DisplayName("a workbook that fits no layout is refused, listing the layouts tried")
    void noLayout() throws IOException {
        SyntheticWorkbook workbook = SyntheticWorkbook.create()
                .sheet("Summary")
                .row("Organisation", "Total")
                .row("RWH", 12);

        ImportReport report = importFile(workbook, "synthetic-unknown.xlsx");

        assertThat(report.errors())
                .extracting(ImportError::toString)
                .containsExactly("synthetic-unknown.xlsx: the workbook is not in the tidy format (its first sheet's"
                        + " row 1 would name the columns strike, org_code, date, metric, value, source, published)"
                        + " and fits none of the wide layouts tried: \"NHS England daily figures by trust\" (sheet 1:"
                        + " no heading in row 3 matches its code column /^(org(anisation)? |trust )?code$/)");
    }
}
