package org.strikedesk.ingest.read;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strikedesk.config.CellRef;
import org.strikedesk.config.WideLayout;
import org.strikedesk.ingest.errors.Columns;
import org.strikedesk.ingest.errors.ImportError;

/** The source and publication date of a wide sheet, from the cells above its header, the layout, or the URL. */
final class WidePreamble {
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>]+", Pattern.CASE_INSENSITIVE);

    private final WideLayout layout;
    private final Map<CellRef, XlsxCells.Value> cells;
    private final String file;
    private final String origin;
    private final FigureSink sink;

    WidePreamble(WideLayout layout, Map<CellRef, XlsxCells.Value> cells, String file, String origin, FigureSink sink) {
        this.layout = layout;
        this.cells = cells;
        this.file = file;
        this.origin = origin;
        this.sink = sink;
    }

    /** The figures' source: the layout's URL, the first URL in its cell, or else the URL the file came from. */
    Optional<Cell> source() {
        WideLayout.CellOrUrl rule = layout.source();
        if (rule != null && rule.url() != null) {
            return Optional.of(new Cell(rule.url(), 0, ""));
        }
        if (rule != null) {
            if (refused(rule.cell())) {
                return Optional.empty();
            }
            Optional<Cell> inCell = urlIn(rule.cell());
            if (inCell.isPresent() || origin != null) {
                return inCell.or(() -> Optional.of(new Cell(origin, 0, "")));
            }
            error(
                    rule.cell(),
                    "cell " + rule.cell() + " holds no web address; the layout \"" + layout.name()
                            + "\" reads the figures' source from it");
            return Optional.empty();
        }
        if (origin != null) {
            return Optional.of(new Cell(origin, 0, ""));
        }
        sink.error(new ImportError(
                file,
                0,
                "",
                "the layout \"" + layout.name() + "\" names no source and the file"
                        + " was not fetched from a URL; give the layout a \"source\""));
        return Optional.empty();
    }

    /** The publication date, as an ISO date, or empty when the layout gives none or its cell is blank. */
    Optional<Cell> published() {
        if (layout.published() == null) {
            return Optional.empty();
        }
        CellRef ref = layout.published().cell();
        if (refused(ref)) {
            return Optional.empty();
        }
        String text = kept(ref).text().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> day =
                iso(text).or(() -> layout.published().dateFormat().parse(text));
        if (day.isEmpty()) {
            error(
                    ref,
                    "\"" + text + "\" in cell " + ref + " is not a date written as "
                            + layout.published().dateFormat() + ", as the layout \"" + layout.name() + "\" expects");
            return Optional.empty();
        }
        return Optional.of(new Cell(day.get().toString(), ref.row(), Columns.letter(ref.column())));
    }

    private Optional<Cell> urlIn(CellRef ref) {
        Matcher matcher = URL.matcher(kept(ref).text());
        if (!matcher.find()) {
            return Optional.empty();
        }
        String url = matcher.group().replaceAll("[.,;:)]+$", "");
        return Optional.of(new Cell(url, ref.row(), Columns.letter(ref.column())));
    }

    /** Whether the cell's value cannot be used (a formula, an Excel error); if so, says why. */
    private boolean refused(CellRef ref) {
        Optional<String> problem = kept(ref).problem();
        problem.ifPresent(why -> error(ref, why));
        return problem.isPresent();
    }

    private XlsxCells.Value kept(CellRef ref) {
        return cells.getOrDefault(ref, XlsxCells.Value.BLANK);
    }

    private static Optional<LocalDate> iso(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void error(CellRef ref, String message) {
        sink.error(new ImportError(file, ref.row(), Columns.letter(ref.column()), message));
    }
}
