package org.strikedesk.answers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.strikedesk.figures.Amount;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Metric;
import org.strikedesk.figures.StaffAbsence;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.ingest.read.TidyHeader;
import org.strikedesk.replies.CsvTable;
import org.strikedesk.replies.PartialNotes;
import org.strikedesk.trusts.Organisation;

/**
 * Writes figures as CSV files: the tidy figures format StrikeDesk imports (so an export can be imported again), and
 * a table with a row per trust for charting tools. Numbers are written plain ({@code 2247}), as tools read them.
 */
final class FigureExports {
    /** The table's columns, as a charting tool shows them. */
    static final List<String> TABLE_COLUMNS = List.of(
            "Code",
            "Trust",
            "Region",
            "Inpatient and day case",
            "Outpatient",
            "Total",
            "Staff absent (peak day)",
            "Share of England (%)",
            "Notes");

    private FigureExports() {}

    /** The figures in the tidy format, with the header StrikeDesk documents, in the order given. */
    static byte[] tidy(List<Figure> figures) {
        List<String> header = Arrays.stream(TidyHeader.Field.values())
                .map(TidyHeader.Field::column)
                .toList();
        List<List<String>> rows = figures.stream()
                .map(figure -> List.of(
                        figure.strikeId(),
                        figure.orgCode(),
                        Objects.toString(figure.day(), ""),
                        figure.metric().id(),
                        Long.toString(figure.value()),
                        figure.source(),
                        Objects.toString(figure.published(), "")))
                .toList();
        return CsvTable.write(header, rows);
    }

    /**
     * A row per trust in one strike, the largest total first (trusts without one last, by name).
     *
     * @param trusts each trust's figures in the strike, with the trust
     * @param england England's figures in the strike, for the shares
     */
    static byte[] table(List<TableRow> trusts, StrikeFigures england) {
        Optional<Amount> whole = england.acute().filter(total -> !total.partial() && total.value() > 0);
        List<List<String>> rows = trusts.stream()
                .sorted(Comparator.comparingLong((TableRow row) ->
                                -row.figures().acute().map(Amount::value).orElse(-1L))
                        .thenComparing(row -> row.trust().name()))
                .map(row -> row(row, whole))
                .toList();
        return CsvTable.write(TABLE_COLUMNS, rows);
    }

    /**
     * One trust's figures in the strike.
     *
     * @param trust the trust
     * @param figures its figures
     */
    record TableRow(Organisation trust, StrikeFigures figures) {}

    private static List<String> row(TableRow row, Optional<Amount> england) {
        StrikeFigures figures = row.figures();
        Optional<Amount> acute = figures.acute();
        Organisation trust = row.trust();
        return List.of(
                trust.code(),
                trust.displayName(),
                trust.region() == null ? "" : trust.region().displayName(),
                value(figures.total(Metric.INPATIENT_RESCHEDULED)),
                value(figures.total(Metric.OUTPATIENT_RESCHEDULED)),
                value(acute),
                figures.staff().map(StaffAbsence::peak).map(String::valueOf).orElse(""),
                acute.flatMap(part -> england.map(whole -> share(part.value(), whole.value())))
                        .orElse(""),
                String.join("; ", notes(figures)));
    }

    private static List<String> notes(StrikeFigures figures) {
        List<String> notes = new ArrayList<>();
        figures.acute()
                .filter(Amount::partial)
                .ifPresent(acute -> notes.add("partial: " + PartialNotes.of(acute, figures.strike())));
        boolean split = figures.total(Metric.INPATIENT_RESCHEDULED).isPresent()
                && figures.total(Metric.OUTPATIENT_RESCHEDULED).isPresent();
        if (figures.acute().isPresent() && !split) {
            notes.add("no inpatient and outpatient split published");
        }
        figures.staff()
                .filter(StaffAbsence::partial)
                .ifPresent(staff ->
                        notes.add("staff: no figure for " + PartialNotes.days(staff.missingDays(), figures.strike())));
        if (figures.staff().isPresent() && figures.staff().get().peak() == null) {
            notes.add("staff: only the lowest day was published");
        }
        return notes;
    }

    private static String value(Optional<Amount> amount) {
        return amount.map(a -> Long.toString(a.value())).orElse("");
    }

    /** A share to one decimal place, as a number a charting tool reads: {@code 8.1}. */
    static String share(long part, long whole) {
        long tenths = Math.round(1000.0 * part / whole);
        return tenths / 10 + "." + tenths % 10;
    }
}
