package org.strikedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * How to read one kind of wide workbook, where each row is an organisation and each column a measure on a day.
 * Loaded from {@code config/layouts/*.json}; see {@link LayoutLoader}.
 *
 * @param name what the layout is for, as rejection messages list it
 * @param sheet the worksheet to read
 * @param headerRow the 1-based row of column headings; data rows follow it
 * @param codeColumn matches the heading of the column holding each row's organisation code
 * @param columns which headings hold which metric on which day
 * @param source where the figures' source URL comes from; null when the file must come from a polled URL
 * @param published where the publication date comes from; null when the layout gives none
 * @param noValue cell texts that mean "no figure" (a blank cell always does)
 */
public record WideLayout(
        String name,
        SheetChoice sheet,
        int headerRow,
        Pattern codeColumn,
        List<ColumnRule> columns,
        CellOrUrl source,
        PublishedCell published,
        Set<String> noValue) {

    public WideLayout {
        if (name == null || name.isBlank()) {
            throw new ConfigException("name: every layout needs a name");
        }
        if (headerRow < 1) {
            throw new ConfigException("headerRow must be 1 or more, not " + headerRow);
        }
        if (codeColumn == null) {
            throw new ConfigException("codeColumn: give a pattern matching the heading of the code column");
        }
        if (columns == null || columns.isEmpty()) {
            throw new ConfigException("columns: give at least one rule mapping headings to a metric and date");
        }
        columns = List.copyOf(columns);
        requireAbove("source.cell", source == null ? null : source.cell(), headerRow);
        requireAbove("published.cell", published == null ? null : published.cell(), headerRow);
        noValue = noValue.stream()
                .map(text -> text.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    @JsonCreator
    static WideLayout of(
            @JsonProperty("name") String name,
            @JsonProperty("sheet") Object sheet,
            @JsonProperty("headerRow") Integer headerRow,
            @JsonProperty("codeColumn") String codeColumn,
            @JsonProperty("columns") List<ColumnRule> columns,
            @JsonProperty("source") CellOrUrl source,
            @JsonProperty("published") PublishedCell published,
            @JsonProperty("noValue") List<String> noValue) {
        return new WideLayout(
                name,
                SheetChoice.of(sheet),
                headerRow == null ? 1 : headerRow,
                codeColumn == null ? null : Patterns.compile("codeColumn", codeColumn),
                columns,
                source,
                published,
                Set.copyOf(noValue == null ? List.of("-") : noValue));
    }

    /** Whether {@code text} in a figure's cell means there is no figure. */
    public boolean isNoValue(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        return key.isEmpty() || noValue.contains(key);
    }

    private static void requireAbove(String key, CellRef cell, int headerRow) {
        if (cell != null && cell.row() > headerRow) {
            throw new ConfigException(key + ": " + cell + " is below the header row (" + headerRow
                    + "); the layout reads it before the figures, so it must be in or above that row");
        }
    }

    /**
     * Which worksheet to read: by name, or by position.
     *
     * @param index the 1-based position, or 0 when chosen by name
     * @param name the sheet's name, or null when chosen by position
     */
    public record SheetChoice(int index, String name) {
        static SheetChoice of(Object value) {
            if (value == null) {
                return new SheetChoice(1, null);
            }
            if (value instanceof Integer index && index >= 1) {
                return new SheetChoice(index, null);
            }
            if (value instanceof String name && !name.isBlank()) {
                return new SheetChoice(0, name);
            }
            throw new ConfigException("sheet: \"" + value + "\" is neither a sheet's name nor its position (1, 2, …)");
        }

        @Override
        public String toString() {
            return name != null ? "sheet \"" + name + "\"" : "sheet " + index;
        }
    }

    /**
     * A cell whose text holds a URL, or a fixed URL.
     *
     * @param cell the cell, or null
     * @param url the URL, or null
     */
    public record CellOrUrl(CellRef cell, String url) {
        @JsonCreator
        static CellOrUrl of(@JsonProperty("cell") String cell, @JsonProperty("url") String url) {
            if ((cell == null) == (url == null)) {
                throw new ConfigException("give either \"cell\" (a cell holding the URL) or \"url\"");
            }
            if (url != null && !url.matches("(?i)https?://[^\\s/]+\\S*")) {
                throw new ConfigException("url: \"" + url + "\" is not a web address");
            }
            return new CellOrUrl(cell == null ? null : CellRef.parse("cell", cell), url);
        }
    }

    /**
     * The cell holding the publication date: a date cell, or text in {@code dateFormat}.
     *
     * @param cell the cell
     * @param dateFormat how a date written as text reads, e.g. {@code d MMMM uuuu}
     */
    public record PublishedCell(CellRef cell, DateText dateFormat) {
        @JsonCreator
        static PublishedCell of(@JsonProperty("cell") String cell, @JsonProperty("dateFormat") String dateFormat) {
            if (cell == null) {
                throw new ConfigException("give \"cell\", the cell holding the publication date");
            }
            return new PublishedCell(CellRef.parse("cell", cell), DateText.of("dateFormat", dateFormat));
        }
    }

    /** Compiling patterns with the key named when one is wrong. */
    static final class Patterns {
        private Patterns() {}

        static Pattern compile(String key, String regex) {
            try {
                return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw new ConfigException(
                        key + ": \"" + regex + "\" is not a valid regular expression (" + e.getDescription() + ")");
            }
        }
    }
}
