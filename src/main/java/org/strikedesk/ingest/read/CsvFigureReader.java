package org.strikedesk.ingest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.io.input.BOMInputStream;
import org.strikedesk.ingest.errors.Columns;
import org.strikedesk.ingest.errors.ImportError;

/**
 * Reads the tidy figures format from CSV: UTF-8 (with or without the byte-order mark Excel writes), commas,
 * quoted fields, CRLF or LF line ends. Rows are numbered as a spreadsheet shows them, the header being row 1.
 */
public final class CsvFigureReader implements FigureFileReader {
    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    @Override
    public boolean accepts(String fileName, byte[] head) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv")
                && !FileSniffer.isZip(head)
                && !FileSniffer.isBinary(head);
    }

    @Override
    public void read(Path file, String fileName, FigureSink sink) throws IOException {
        try (InputStream in = BOMInputStream.builder()
                        .setInputStream(Files.newInputStream(file))
                        .get();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, strictUtf8()));
                MappingIterator<List<String>> rows = MAPPER.readerForListOf(String.class)
                        .with(CsvSchema.emptySchema())
                        .readValues(reader)) {
            readRows(rows, fileName, sink);
        } catch (CharacterCodingException e) {
            // Thrown wherever the parser's read-ahead meets the bad byte, even before the first row.
            sink.error(notUtf8(file, fileName));
        }
    }

    private static ImportError notUtf8(Path file, String fileName) throws IOException {
        String advice = "save the file as \"CSV UTF-8\" and send it again";
        return Utf8Lines.firstBadByte(file)
                .map(bad -> new ImportError(
                        fileName,
                        bad.line(),
                        "",
                        "the file is not UTF-8 text: this row holds the byte " + bad.describe() + "; " + advice))
                .orElse(new ImportError(fileName, 0, "", "the file is not UTF-8 text; " + advice));
    }

    private static void readRows(MappingIterator<List<String>> rows, String fileName, FigureSink sink)
            throws IOException {
        int row = 0;
        Optional<TidyHeader> header = Optional.empty();
        try {
            while (rows.hasNextValue()) {
                List<String> cells = rows.nextValue();
                row++;
                if (row == 1) {
                    header = TidyHeader.read(cells, fileName, row, sink);
                    if (header.isEmpty()) {
                        return;
                    }
                } else if (!blank(cells)) {
                    dataRow(header.get(), cells, fileName, row, sink);
                }
            }
        } catch (JsonProcessingException e) {
            sink.error(new ImportError(fileName, row + 1, "", "cannot be read as CSV: " + e.getOriginalMessage()));
            return;
        }
        if (row == 0) {
            sink.error(new ImportError(
                    fileName,
                    0,
                    "",
                    "the file is empty; a tidy figures file starts with a header"
                            + " row: strike,org_code,date,metric,value,source,published"));
        }
    }

    private static void dataRow(TidyHeader header, List<String> cells, String fileName, int row, FigureSink sink) {
        if (cells.size() > header.width() && !blank(cells.subList(header.width(), cells.size()))) {
            sink.error(new ImportError(
                    fileName,
                    row,
                    Columns.letter(header.width()),
                    "the row has " + cells.size() + " cells but the header names " + header.width()
                            + " columns; is a comma missing its quotes?"));
            return;
        }
        sink.figure(header.figure(row, cells));
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
