package org.strikedesk.ingest.read;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.strikedesk.config.CellRef;
import org.strikedesk.config.WideLayout;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeCalendar;
import org.strikedesk.ingest.errors.ImportError;

/**
 * Reads a worksheet in a wide layout: one row per organisation, one column per measure and day. Each figure's
 * strike is the one whose days include the column's day. The source and publication date come from cells above
 * the header, from the layout, or from the URL the file was fetched from.
 */
final class WideSheetReader {
    private final WideLayout layout;
    private final StrikeCalendar calendar;
    private final String file;
    private final String origin;
    private final FigureSink sink;
    private final Map<CellRef, XlsxCells.Value> preamble = new HashMap<>();

    /** A figures column whose day and strike are known. */
    private record Resolved(WideHeader.Column column, LocalDate day, Strike strike) {}

    WideSheetReader(WideLayout layout, StrikeCalendar calendar, String file, String origin, FigureSink sink) {
        this.layout = layout;
        this.calendar = calendar;
        this.file = file;
        this.origin = origin;
        this.sink = sink;
    }

    void read(Sheet sheet) throws IOException {
        sink.sheet(sheet.getName());
        try (Stream<Row> rows = sheet.openStream()) {
            Iterator<Row> iterator = rows.iterator();
            Row row = iterator.hasNext() ? iterator.next() : null;
            for (; row != null && row.getRowNum() < layout.headerRow(); row = next(iterator)) {
                keep(row);
            }
            if (row == null || row.getRowNum() != layout.headerRow()) {
                error(
                        layout.headerRow(),
                        "",
                        "row " + layout.headerRow() + " is empty; the layout \"" + layout.name()
                                + "\" expects its column headings there");
                return;
            }
            keep(row);
            readBody(row, iterator);
        }
    }

    private void readBody(Row headerRow, Iterator<Row> rows) {
        WideHeader header =
                WideHeader.match(layout, XlsxCells.texts(headerRow)).header().orElseThrow();
        List<Resolved> columns = resolve(header);
        WidePreamble above = new WidePreamble(layout, preamble, file, origin, sink);
        Optional<Cell> source = above.source();
        Optional<Cell> published = above.published();
        if (source.isEmpty() || columns.size() < header.columns().size()) {
            return;
        }
        while (rows.hasNext()) {
            dataRow(rows.next(), header, columns, source.get(), published.orElse(null));
        }
    }

    private List<Resolved> resolve(WideHeader header) {
        List<Resolved> resolved = new ArrayList<>();
        for (WideHeader.Column column : header.columns()) {
            Optional<LocalDate> day = column.rule().dateFormat().parse(column.dateText());
            if (day.isEmpty()) {
                error(
                        layout.headerRow(),
                        column.label(),
                        "\"" + column.dateText() + "\" is not a date written as "
                                + column.rule().dateFormat() + ", as the layout \"" + layout.name() + "\" expects");
                continue;
            }
            List<Strike> strikes = calendar.all().stream()
                    .filter(strike -> strike.isStrikeDay(day.get()))
                    .toList();
            if (strikes.size() == 1) {
                resolved.add(new Resolved(column, day.get(), strikes.get(0)));
            } else {
                error(layout.headerRow(), column.label(), noStrike(day.get(), strikes));
            }
        }
        return resolved;
    }

    private static String noStrike(LocalDate day, List<Strike> strikes) {
        if (strikes.isEmpty()) {
            return day + " is not a day of any strike in the calendar (/strikes lists them)";
        }
        return day + " is a day of more than one strike ("
                + strikes.stream().map(Strike::id).collect(Collectors.joining(", "))
                + "); give these figures in the tidy format, which names the strike";
    }

    private void dataRow(Row row, WideHeader header, List<Resolved> columns, Cell source, Cell published) {
        XlsxCells.Value codeCell = XlsxCells.at(row, header.codeColumn());
        String code = codeCell.text().strip();
        Optional<String> codeProblem = codeCell.problem();
        if (codeProblem.isPresent()) {
            error(row.getRowNum(), header.codeLabel(), codeProblem.get());
            return;
        }
        if (code.isEmpty()) {
            // Notes and totals without a code are skipped; figures without one are a mistake worth saying.
            boolean figures = columns.stream()
                    .map(c -> XlsxCells.at(row, c.column().index()).text())
                    .anyMatch(text -> !layout.isNoValue(text));
            if (figures) {
                error(row.getRowNum(), header.codeLabel(), "the row has figures but no organisation code");
            }
            return;
        }
        Cell org = new Cell(code, row.getRowNum(), header.codeLabel());
        for (Resolved column : columns) {
            figure(row, column, org, source, published);
        }
    }

    private void figure(Row row, Resolved resolved, Cell org, Cell source, Cell published) {
        int number = row.getRowNum();
        String label = resolved.column().label();
        XlsxCells.Value cell = XlsxCells.at(row, resolved.column().index());
        Optional<String> problem = cell.problem();
        if (problem.isPresent()) {
            error(number, label, problem.get());
            return;
        }
        String value = cell.text();
        if (layout.isNoValue(value)) {
            return;
        }
        sink.figure(new RawFigure(
                number,
                new Cell(resolved.strike().id(), number, label),
                org,
                new Cell(resolved.day().toString(), number, label),
                new Cell(resolved.column().rule().metric().id(), number, label),
                new Cell(value, number, label),
                source,
                published));
    }

    private void keep(Row row) {
        for (CellRef ref : cellsKept()) {
            if (ref.row() == row.getRowNum()) {
                preamble.put(ref, XlsxCells.at(row, ref.column()));
            }
        }
    }

    private List<CellRef> cellsKept() {
        List<CellRef> refs = new ArrayList<>();
        if (layout.source() != null && layout.source().cell() != null) {
            refs.add(layout.source().cell());
        }
        if (layout.published() != null) {
            refs.add(layout.published().cell());
        }
        return refs;
    }

    private static Row next(Iterator<Row> rows) {
        return rows.hasNext() ? rows.next() : null;
    }

    private void error(int row, String column, String message) {
        sink.error(new ImportError(file, row, column, message));
    }
}
