package org.strikedesk.replies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.List;

/** A table of plain strings as a CSV file, as spreadsheets write it: the header, then a row per line. */
public final class CsvTable {
    /** Quotes a cell only where CSV needs it (a comma, a quote, a line break), as spreadsheets write. */
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private CsvTable() {}

    /** The header and rows as UTF-8 CSV; each row has as many cells as the header. */
    public static byte[] write(List<String> header, List<List<String>> rows) {
        CsvSchema schema = CsvSchema.builder()
                .addColumns(header, CsvSchema.ColumnType.STRING)
                .setUseHeader(true)
                .build();
        try {
            return CSV.writer(schema).writeValueAsBytes(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("CSV of plain strings could not be written", e);
        }
    }

    /** The same, as a file attached to a reply. */
    public static Reply.Attachment attachment(
            String fileName, String description, List<String> header, List<List<String>> rows) {
        return new Reply.Attachment(fileName, write(header, rows), description);
    }
}
