package org.strikedesk.ingest.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.strikedesk.ingest.errors.ClosestWord;
import org.strikedesk.ingest.errors.Columns;
import org.strikedesk.ingest.errors.ImportError;

/**
 * The header of a tidy figures table: which column holds which field. Columns may come in any order and any case;
 * required columns must all be there, and an unknown column is an error (a misspelt optional column would
 * otherwise be dropped in silence).
 */
public final class TidyHeader {
    /** The fields of the tidy format, by column name. */
    public enum Field {
        STRIKE("strike", true),
        ORG_CODE("org_code", true),
        DATE("date", false),
        METRIC("metric", true),
        VALUE("value", true),
        SOURCE("source", true),
        PUBLISHED("published", false);

        private final String column;
        private final boolean required;

        Field(String column, boolean required) {
            this.column = column;
            this.required = required;
        }

        public String column() {
            return column;
        }

        public boolean required() {
            return required;
        }
    }

    private final Map<Field, Integer> positions;
    private final List<String> headings;
    private final String[] labels;

    private TidyHeader(Map<Field, Integer> positions, List<String> headings) {
        this.positions = positions;
        this.headings = headings;
        this.labels = new String[headings.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = Columns.label(headings.get(i), i);
        }
    }

    /** Reads the header row (row {@code row}); problems go to the sink and give an empty result. */
    public static Optional<TidyHeader> read(List<String> cells, String file, int row, FigureSink sink) {
        Map<String, Field> known = new LinkedHashMap<>();
        for (Field field : Field.values()) {
            known.put(field.column, field);
        }
        Map<Field, Integer> positions = new LinkedHashMap<>();
        List<String> headings = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < cells.size(); i++) {
            String heading = cells.get(i) == null ? "" : cells.get(i).strip();
            headings.add(heading);
            String name = heading.toLowerCase(Locale.ROOT);
            Field field = known.get(name);
            if (heading.isEmpty()) {
                // An unnamed column is left out: some tools write an empty heading after the last column.
            } else if (field == null) {
                sink.error(new ImportError(
                        file,
                        row,
                        Columns.label(heading, i),
                        "unknown column \"" + heading + "\""
                                + ClosestWord.hint(name, known.keySet()) + " (columns are "
                                + String.join(", ", known.keySet())
                                + ")"));
                ok = false;
            } else if (positions.putIfAbsent(field, i) != null) {
                sink.error(new ImportError(
                        file,
                        row,
                        Columns.label(heading, i),
                        "column \"" + name + "\" appears twice (also column " + Columns.letter(positions.get(field))
                                + ")"));
                ok = false;
            }
        }
        for (Field field : Field.values()) {
            if (field.required && !positions.containsKey(field)) {
                sink.error(new ImportError(file, row, "", "the required column \"" + field.column + "\" is missing"));
                ok = false;
            }
        }
        return ok ? Optional.of(new TidyHeader(positions, headings)) : Optional.empty();
    }

    /**
     * Whether a first row looks meant as a tidy header: it names at least three of the tidy columns. Such a row
     * is read as a header, so a misspelt column is reported as such rather than taken for another layout.
     */
    public static boolean isLikely(List<String> cells) {
        long named = cells.stream()
                .filter(cell -> cell != null)
                .map(cell -> cell.strip().toLowerCase(Locale.ROOT))
                .filter(name -> Arrays.stream(Field.values()).anyMatch(f -> f.column.equals(name)))
                .distinct()
                .count();
        return named >= 3;
    }

    /** How many columns the header names (blank headings included). */
    public int width() {
        return headings.size();
    }

    /** A column's heading and letter, as errors name it: {@code value (E)}. */
    public String label(int index) {
        return Columns.label(index < headings.size() ? headings.get(index) : "", index);
    }

    /** Builds a raw figure from one data row. */
    public RawFigure figure(int row, List<String> cells) {
        return new RawFigure(
                row,
                cell(Field.STRIKE, row, cells),
                cell(Field.ORG_CODE, row, cells),
                cell(Field.DATE, row, cells),
                cell(Field.METRIC, row, cells),
                cell(Field.VALUE, row, cells),
                cell(Field.SOURCE, row, cells),
                cell(Field.PUBLISHED, row, cells));
    }

    private Cell cell(Field field, int row, List<String> cells) {
        Integer position = positions.get(field);
        if (position == null) {
            return null;
        }
        String text = position < cells.size() ? cells.get(position) : "";
        return new Cell(text, row, labels[position]);
    }
}
