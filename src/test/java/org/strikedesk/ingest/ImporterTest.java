package org.strikedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.FiguresStore;
import org.strikedesk.figures.Metric;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.support.TidyCsv;

/** Imports of synthetic files (made here, with example.org sources) into a store loaded with the shipped data. */
class ImporterTest {
    static final String SOURCE = "https://example.org/synthetic/figures";

    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forEachTest();

    private FiguresStore figures;

    @BeforeEach
    void open() {
        figures = new FiguresStore(shipped.app().database());
    }

    private ImportReport ingest(String name, TidyCsv content) throws IOException {
        return content.importInto(shipped.app(), shipped.folder().resolve(name));
    }

    private ImportReport ingest(String name, String content) throws IOException {
        Path file = shipped.folder().resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return shipped.app().importer().importFile(file, name, ImportRoute.COMMAND_LINE, "test");
    }

    private long value(String org, String strike, Metric metric) {
        return figures.figures(org, strike).stream()
                .filter(f -> f.metric() == metric && f.day() == null)
                .mapToLong(Figure::value)
                .findFirst()
                .orElseThrow();
    }

    @DisplayName("A new figure is added, and the report says so")
    @Test
    void adds() throws IOException {
        ImportReport report = ingest(
                "synthetic.csv",
                TidyCsv.citing(SOURCE)
                        .row("2023-04-junior-doctors,RGT,,inpatient_rescheduled,\"1,202\"", "2023-04-20"));

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.counts().added()).isEqualTo(1);
        assertThat(report.summary()).contains("1 added, 0 revised");
        assertThat(value("RGT", "2023-04-junior-doctors", Metric.INPATIENT_RESCHEDULED))
                .isEqualTo(1202);
    }

    @DisplayName("A changed value from a newer publication is a revision; the old value is kept in history")
    @Test
    void revises() throws IOException {
        ingest(
                "first.csv",
                TidyCsv.citing(SOURCE).row("2023-04-junior-doctors,RGT,,inpatient_rescheduled,1202", "2023-04-20"));

        ImportReport report = ingest(
                "second.csv",
                TidyCsv.citing(SOURCE + "/v2")
                        .row("2023-04-junior-doctors,RGT,,inpatient_rescheduled,1214", "2023-04-27"));

        assertThat(report.counts().revised()).isEqualTo(1);
        assertThat(report.changes()).singleElement().satisfies(change -> {
            assertThat(change.before().value()).isEqualTo(1202);
            assertThat(change.after().value()).isEqualTo(1214);
        });
        assertThat(value("RGT", "2023-04-junior-doctors", Metric.INPATIENT_RESCHEDULED))
                .isEqualTo(1214);
        assertThat(historyValues()).containsExactly(1202L);
    }

    @DisplayName("A value from an older publication than the one held does not replace it, but is kept in history")
    @Test
    void olderPublicationLoses() throws IOException {
        ingest(
                "new.csv",
                TidyCsv.citing(SOURCE).row("2023-04-junior-doctors,RGT,,inpatient_rescheduled,1214", "2023-04-27"));

        ImportReport report = ingest(
                "old.csv",
                TidyCsv.citing(SOURCE).row("2023-04-junior-doctors,RGT,,inpatient_rescheduled,1202", "2023-04-20"));

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.UNCHANGED);
        assertThat(report.counts().superseded()).isEqualTo(1);
        assertThat(value("RGT", "2023-04-junior-doctors", Metric.INPATIENT_RESCHEDULED))
                .isEqualTo(1214);
        assertThat(historyValues()).containsExactly(1202L);
    }

    @DisplayName("Re-importing the same file changes nothing and says it was imported before")
    @Test
    void identicalReimport() throws IOException {
        TidyCsv content = TidyCsv.citing(SOURCE).row("2023-04-junior-doctors,RGT,,inpatient_rescheduled,1202");
        ImportReport first = ingest("a.csv", content);

        ImportReport again = ingest("a.csv", content);

        assertThat(again.outcome()).isEqualTo(ImportReport.Outcome.UNCHANGED);
        assertThat(again)
                .isInstanceOfSatisfying(
                        ImportReport.Repeat.class,
                        repeat -> assertThat(repeat.sameAsImport()).isEqualTo(first.id()));
        assertThat(again.summary()).contains("no change").contains("import #" + first.id());
    }

    @DisplayName("A different file holding only figures already held is reported as unchanged")
    @Test
    void identicalRows() throws IOException {
        ingest("a.csv", TidyCsv.citing(SOURCE).row("2023-04-junior-doctors,RGT,,inpatient_rescheduled,1202"));

        ImportReport report = ingest(
                "b.csv",
                TidyCsv.HEADER + "\r\n" + "2023-04-junior-doctors,RGT,,inpatient_rescheduled,1202," + SOURCE + ",\r\n");

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.UNCHANGED);
        assertThat(report.counts().unchanged()).isEqualTo(1);
    }

    @DisplayName("A file with one bad row is rejected whole: its good rows are not written")
    @Test
    void allOrNothing() throws IOException {
        long before = figures.count();

        ImportReport report = ingest(
                "mixed.csv",
                TidyCsv.citing(SOURCE)
                        .row("2023-04-junior-doctors,RGT,,inpatient_rescheduled,10")
                        .row("2023-04-junior-doctors,RGT,,outpatient_rescheduled,ten"));

        assertThat(report.rejected()).isTrue();
        assertThat(figures.count()).isEqualTo(before);
        assertThat(shipped.app().history().latest(1).get(0).outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
        assertThat(shipped.app().history().latest(1).get(0).errors().first())
                .hasValueSatisfying(first -> assertThat(first).contains("mixed.csv, row 3, column value (E)"));
    }

    @DisplayName("A file that is not UTF-8 is rejected and recorded, naming the first row that is not, not thrown")
    @Test
    void notUtf8() throws IOException {
        long before = figures.count();
        Path file = shipped.folder().resolve("latin1.csv");
        String rows = TidyCsv.HEADER + "\n"
                + "2023-04-junior-doctors,RGT,,inpatient_rescheduled,10," + SOURCE + ",\n"
                + "2023-04-junior-doctors,RGT,,outpatient_rescheduled,11," + SOURCE + "/caf\u00e9,\n";
        Files.writeString(file, rows, StandardCharsets.ISO_8859_1);

        ImportReport report = shipped.app().importer().importFile(file, "latin1.csv", ImportRoute.UPLOAD, "test");

        assertThat(report.rejected()).isTrue();
        assertThat(report.errors())
                .singleElement()
                .hasToString("latin1.csv, row 3: the file is not UTF-8 text: this row holds the byte 0xE9 (\"\u00e9\""
                        + " in Windows-1252, as Excel's plain \"CSV\" saves it); save the file as \"CSV UTF-8\" and"
                        + " send it again");
        assertThat(figures.count()).isEqualTo(before);
        assertThat(shipped.app().history().latest(1).get(0).outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
    }

    @DisplayName("A UTF-8 file whose first rows are mostly letters outside ASCII is read as text")
    @Test
    void nonAsciiText() throws IOException {
        String source = SOURCE + "/\u0441\u0442\u0440\u0430\u0439\u043a-\u0446\u0438\u0444\u0440\u0438".repeat(8);

        ImportReport report = ingest(
                "cyrillic.csv", TidyCsv.citing(source).row("2023-04-junior-doctors,RGT,,inpatient_rescheduled,7"));

        assertThat(report.errors()).isEmpty();
        assertThat(report.counts().added()).isEqualTo(1);
    }

    @DisplayName("UTF-16 text, as Excel's \"Unicode Text\" saves it, is refused with what to save it as instead")
    @Test
    void utf16() throws IOException {
        Path file = shipped.folder().resolve("unicode.csv");
        Files.writeString(file, "\uFEFF" + TidyCsv.HEADER + "\n", StandardCharsets.UTF_16LE);

        ImportReport report = shipped.app().importer().importFile(file, "unicode.csv", ImportRoute.UPLOAD, "test");

        assertThat(report.errors())
                .singleElement()
                .hasToString("unicode.csv: cannot read this file: it is UTF-16 text (as Excel's \"Unicode Text\" saves"
                        + " it); save it as \"CSV UTF-8\" and send it again");
    }

    @DisplayName("Files that are only unusual are accepted: a byte-order mark, CRLF, columns in another order")
    @Test
    void unusualButFine() throws IOException {
        String content = "\uFEFFMetric,Value,ORG_CODE,Strike,Source\r\n"
                + "outpatient_rescheduled,\"2,077\",RGT,2023-04-junior-doctors,\"" + SOURCE + "?a=1,2\"\r\n";

        ImportReport report = ingest("bom.csv", content);

        assertThat(report.errors()).isEmpty();
        assertThat(report.counts().added()).isEqualTo(1);
        assertThat(value("RGT", "2023-04-junior-doctors", Metric.OUTPATIENT_RESCHEDULED))
                .isEqualTo(2077);
    }

    private List<Long> historyValues() {
        return shipped.app().database().read(connection -> {
            try (var query = connection.prepareStatement("SELECT value FROM figure_history ORDER BY id");
                    var rows = query.executeQuery()) {
                List<Long> values = new java.util.ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getLong(1));
                }
                return values;
            }
        });
    }
}
