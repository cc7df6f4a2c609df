package org.strikedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Metric;
import org.strikedesk.ingest.errors.ImportError;

/** Each outcome of an import says what it is, in the history's words and in one line. Reports here are synthetic. */
class ImportReportTest {
    static final ImportReport.Arrival ARRIVAL = new ImportReport.Arrival(
            "synthetic.csv", "0".repeat(64), ImportRoute.COMMAND_LINE, "test", Instant.parse("2026-01-05T10:00:00Z"));
    static final String SOURCE = "https://example.org/synthetic/report";
    static final ImportNotices OLDER_ROW = new ImportNotices(
            List.of(new ImportNotices.Superseded(figure(1202, "2023-04-20"), figure(1214, "2023-04-27"))), List.of());
    static final ImportError ERROR = new ImportError("synthetic.csv", 3, "value (E)", "\"x\" is not a number");

    static Stream<Arguments> outcomes() {
        return Stream.of(
                Arguments.of(
                        new ImportReport.Imported(
                                7, ARRIVAL, new ImportReport.Counts(5, 2, 1, 1, 1), List.of(), OLDER_ROW),
                        "imported",
                        "synthetic.csv: 2 added, 1 revised, 1 unchanged (import #7); 1 row is older than the figure"
                                + " held and was not applied: RWH inpatient_rescheduled 2023-04-junior-doctors whole"
                                + " strike, 1,202 (published 2023-04-20) against 1,214 held (published 2023-04-27)"),
                Arguments.of(
                        new ImportReport.Unchanged(8, ARRIVAL, new ImportReport.Counts(1, 0, 0, 0, 1), OLDER_ROW),
                        "unchanged",
                        "synthetic.csv: no change; 1 row is older than the figure held and was not applied: RWH"
                                + " inpatient_rescheduled 2023-04-junior-doctors whole strike, 1,202 (published"
                                + " 2023-04-20) against 1,214 held (published 2023-04-27)"),
                Arguments.of(
                        new ImportReport.Imported(
                                7, ARRIVAL, new ImportReport.Counts(3, 3, 0, 0, 0), List.of(), ImportNotices.NONE),
                        "imported",
                        "synthetic.csv: 3 added, 0 revised, 0 unchanged (import #7)"),
                Arguments.of(
                        new ImportReport.Unchanged(
                                8, ARRIVAL, new ImportReport.Counts(4, 0, 0, 4, 0), ImportNotices.NONE),
                        "unchanged",
                        "synthetic.csv: no change; all 4 rows match the figures already held"),
                Arguments.of(
                        new ImportReport.Repeat(9, ARRIVAL, new ImportReport.Counts(4, 0, 0, 4, 0), 2),
                        "unchanged",
                        "synthetic.csv: no change; this file was imported before (import #2)"),
                Arguments.of(
                        new ImportReport.Rejected(10, ARRIVAL, 4, List.of(ERROR), 1),
                        "rejected",
                        "synthetic.csv: rejected, nothing imported (1 error)"),
                Arguments.of(
                        new ImportReport.Rejected(10, ARRIVAL, 4, List.of(ERROR), 12),
                        "rejected",
                        "synthetic.csv: rejected, nothing imported (12 errors)"));
    }

    @DisplayName("Each outcome is recorded in the history's word and summed up in one line")
    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("outcomes")
    void summaries(ImportReport report, String recorded, String summary) {
        assertThat(report.outcome().id()).isEqualTo(recorded);
        assertThat(report.rejected()).isEqualTo(recorded.equals("rejected"));
        assertThat(report.summary()).isEqualTo(summary);
    }

    @DisplayName("Only a rejection has errors; it reads rows but touches no figure")
    @Test
    void rejection() {
        ImportReport rejected = new ImportReport.Rejected(10, ARRIVAL, 4, List.of(ERROR), 12);
        ImportReport unchanged =
                new ImportReport.Unchanged(8, ARRIVAL, new ImportReport.Counts(4, 0, 0, 4, 0), ImportNotices.NONE);

        assertThat(rejected.errors()).containsExactly(ERROR);
        assertThat(rejected.counts()).isEqualTo(new ImportReport.Counts(4, 0, 0, 0, 0));
        assertThat(rejected.changes()).isEmpty();
        assertThat(unchanged.errors()).isEmpty();
        assertThat(unchanged.errorCount()).isZero();
        assertThatThrownBy(() -> new ImportReport.Rejected(10, ARRIVAL, 4, List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImportReport.Rejected(10, ARRIVAL, 4, List.of(ERROR, ERROR), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Figure figure(long value, String published) {
        return new Figure(
                "2023-04-junior-doctors",
                "RWH",
                null,
                Metric.INPATIENT_RESCHEDULED,
                value,
                SOURCE,
                LocalDate.parse(published));
    }
}
