package org.strikedesk.ingest.read;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.strikedesk.ingest.errors.Columns;
import org.strikedesk.ingest.errors.ImportError;

/**
 * Reads the tidy figures format from a worksheet, with the same header and rules as a CSV file: the header in
 * row 1, then one figure per row. Rows are numbered as the spreadsheet numbers them.
 */
final class TidySheetReader {
    private final String file;
    private final FigureSink sink;

    TidySheetReader(String file, FigureSink sink) {
        this.file = file;
        this.sink = sink;
    }

    void read(Sheet sheet) throws IOException {
        sink.sheet(sheet.getName());
        try (Stream<Row> rows = sheet.openStream()) {
            Iterator<Row> iterator = rows.iterator();
            Row first = iterator.hasNext() ? iterator.next() : null;
            if (first == null || first.getRowNum() != 1) {
                sink.error(new ImportError(file, 1, "", "row 1 is empty; a tidy sheet has its header in row 1"));
                return;
            }
            Optional<TidyHeader> header = TidyHeader.read(XlsxCells.texts(first), file, 1, sink);
            while (header.isPresent() && iterator.hasNext()) {
                dataRow(header.get(), iterator.next());
            }
        }
    }

    private void dataRow(TidyHeader header, Row row) {
        List<String> texts = XlsxCells.texts(row);
        if (texts.stream().allMatch(String::isBlank)) {
            return;
        }
        boolean usable = true;
        for (int i = 0; i < texts.size(); i++) {
            Optional<String> problem = XlsxCells.problem(row.getCell(i));
            if (problem.isPresent()) {
                sink.error(new ImportError(file, row.getRowNum(), header.label(i), problem.get()));
                usable = false;
            }
        }
        if (texts.size() > header.width()
                && !texts.subList(header.width(), texts.size()).stream().allMatch(String::isBlank)) {
            sink.error(new ImportError(
                    file,
                    row.getRowNum(),
                    Columns.letter(header.width()),
                    "the row has a value beyond the last headed column; give the column a heading or clear it"));
            usable = false;
        }
        if (usable) {
            sink.figure(header.figure(row.getRowNum(), texts));
        }
    }
}
