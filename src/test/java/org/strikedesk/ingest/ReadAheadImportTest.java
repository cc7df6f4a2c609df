package org.strikedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.FiguresStore;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.support.TidyCsv;
import org.strikedesk.support.TrustDayRows;

/**
 * Files large enough that their figures are written in parts while the rest is still being read ({@link ReadAhead}),
 * found wrong only once read whole: nothing of them may stay in the store. Synthetic files, made here, with
 * example.org sources.
 */
class ReadAheadImportTest {
    private static final String SOURCE = "https://example.org/synthetic/read-ahead";
    private static final String STRIKE = "2023-07-junior-doctors";
    private static final List<String> STRIKES = List.of(STRIKE, "2024-01-junior-doctors");
    private static final List<String> DAY_METRICS =
            List.of("inpatient_rescheduled", "outpatient_rescheduled", "mental_health_rescheduled");

    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forEachTest();

    private final List<String> keys = new ArrayList<>();
    private FiguresStore figures;

    /**
     * Rows for every open English trust on each day of two strikes: more than a part's worth. The plausibility gate
     * is left out (made-up values add up past England's published totals) but where a test sets its own.
     */
    @BeforeEach
    void rows() {
        shipped.app().importer().holdWith(ImportGate.NONE);
        figures = new FiguresStore(shipped.app().database());
        for (String id : STRIKES) {
            keys.addAll(TrustDayRows.of(shipped.app(), id, DAY_METRICS));
        }
        assertThat(keys).as("rows, against the size of a part").hasSizeGreaterThan(ReadAhead.PART + 1);
    }

    private TidyCsv every(int value) {
        TidyCsv csv = TidyCsv.citing(SOURCE);
        keys.forEach(key -> csv.row(key + "," + value));
        return csv;
    }

    private ImportReport ingest(String name, TidyCsv content) throws IOException {
        Path file = shipped.folder().resolve(name);
        return content.importInto(shipped.app(), file);
    }

    private long synthetic() {
        return figures.all().stream()
                .filter(figure -> figure.source().equals(SOURCE))
                .count();
    }

    @DisplayName("A file whose last row is wrong is rejected whole, though its first parts were already written")
    @Test
    void lastRowWrong() throws IOException {
        long before = figures.count();

        ImportReport report = ingest("late-error.csv", every(7).row(STRIKE + ",RWH,,outpatient_rescheduled,seven"));

        assertThat(report.rejected()).isTrue();
        assertThat(report.errors())
                .singleElement()
                .satisfies(error -> assertThat(error.toString())
                        .contains("late-error.csv, row " + (keys.size() + 2) + ", column value (E)"));
        assertThat(figures.count()).isEqualTo(before);
        assertThat(synthetic()).isZero();
        assertThat(shipped.app().history().latest(1).get(0).outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
    }

    @DisplayName("A file whose last row repeats its first is rejected whole, the check that needs the whole file")
    @Test
    void duplicateAtTheEnd() throws IOException {
        ImportReport report = ingest("duplicate.csv", every(7).row(keys.get(0) + ",8"));

        assertThat(report.rejected()).isTrue();
        assertThat(report.errors().get(0).toString()).contains("the same strike, org_code, date and metric as row 2");
        assertThat(synthetic()).isZero();
    }

    @DisplayName("A file the gate holds once read whole is held, with none of its figures published")
    @Test
    void heldOnceRead() throws IOException {
        List<Integer> changesSeen = new ArrayList<>();
        shipped.app().importer().holdWith(changes -> {
            changesSeen.add(changes.size());
            Figure first = changes.get(0).after();
            return List.of(new Finding(Finding.Rule.TRUST_TOTAL, first.scope(), "synthetic: held by this test"));
        });

        ImportReport report = ingest("held.csv", every(7));

        assertThat(report).isInstanceOf(ImportReport.Held.class);
        assertThat(report.counts().added()).isEqualTo(keys.size());
        assertThat(synthetic()).isZero();
        // Looked at once while the figures were written, and once more when the file was imported whole to hold it.
        assertThat(changesSeen).containsExactly(keys.size(), keys.size());
    }

    @DisplayName("A large valid file is imported whole: every row, counted once, and again is a repeat")
    @Test
    void importedWhole() throws IOException {
        ImportReport report = ingest("whole.csv", every(7));

        assertThat(report).isInstanceOf(ImportReport.Imported.class);
        assertThat(report.counts().added()).isEqualTo(keys.size());
        assertThat(report.changes()).hasSize(keys.size());
        assertThat(synthetic()).isEqualTo(keys.size());

        ImportReport again = ingest("whole-again.csv", every(7));
        assertThat(again).isInstanceOf(ImportReport.Repeat.class);
        assertThat(again.counts().unchanged()).isEqualTo(keys.size());
        assertThat(synthetic()).isEqualTo(keys.size());
    }

    @DisplayName("A large file revising every figure keeps each value it replaces in the history, once")
    @Test
    void revisedWhole() throws IOException {
        ingest("first.csv", every(7));

        ImportReport report = ingest("second.csv", every(9));

        assertThat(report.counts().revised()).isEqualTo(keys.size());
        assertThat(figures.all().stream()
                        .filter(figure -> figure.source().equals(SOURCE))
                        .mapToLong(Figure::value)
                        .distinct())
                .containsExactly(9L);
        long history = shipped.app().database().read(connection -> {
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery(
                            "SELECT count(*) FROM figure_history WHERE source = '" + SOURCE + "' AND value = 7")) {
                rows.next();
                return rows.getLong(1);
            }
        });
        assertThat(history).isEqualTo(keys.size());
    }
}
