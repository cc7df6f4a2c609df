package org.strikedesk.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.strikedesk.config.IngestConfig;
import org.strikedesk.config.WideLayout;
import org.strikedesk.figures.StrikeCalendar;
import org.strikedesk.ingest.errors.ImportError;
import org.strikedesk.ingest.errors.Sizes;
import org.strikedesk.ingest.guard.WorkbookLimits;

/**
 * Picks the reader for a file by its first bytes (and, for CSV, its name), and refuses what no reader understands
 * or what is too big to read. This is the one place that decides how a file is read, whatever route it came by.
 */
public final class FigureReaders {
    private static final int HEAD = 512;

    private final List<FigureFileReader> readers;
    private final long maxFileBytes;

    /** These readers, with no limit on a file's size. */
    public FigureReaders(List<FigureFileReader> readers) {
        this(readers, Long.MAX_VALUE);
    }

    /** These readers, refusing files larger than {@code maxFileBytes}. */
    public FigureReaders(List<FigureFileReader> readers, long maxFileBytes) {
        this.readers = List.copyOf(readers);
        this.maxFileBytes = maxFileBytes;
    }

    /** The CSV reader alone, with no size limit: for the reference data StrikeDesk ships. */
    public static FigureReaders csvOnly() {
        return new FigureReaders(List.of(new CsvFigureReader()));
    }

    /**
     * Every reader: CSV, and Excel workbooks in the tidy format or one of the wide layouts, within the limits the
     * config sets.
     */
    public static FigureReaders standard(
            IngestConfig config, List<WideLayout> layouts, Supplier<StrikeCalendar> calendar) {
        WorkbookLimits limits = WorkbookLimits.of(config);
        return new FigureReaders(
                List.of(new CsvFigureReader(), new XlsxFigureReader(limits, layouts, calendar)), limits.maxFileBytes());
    }

    /** The reader for the file, or empty after telling the sink why there is none. */
    public Optional<FigureFileReader> readerFor(Path file, String name, FigureSink sink) throws IOException {
        long size = Files.size(file);
        if (size > maxFileBytes) {
            sink.error(new ImportError(
                    name,
                    0,
                    "",
                    "the file is " + Sizes.describeBeside(size, maxFileBytes) + "; StrikeDesk reads files up to "
                            + Sizes.describeBeside(maxFileBytes, size) + " (ingest.maxFileBytes)"));
            return Optional.empty();
        }
        byte[] head = head(file);
        if (head.length == 0) {
            sink.error(new ImportError(name, 0, "", "the file is empty"));
            return Optional.empty();
        }
        for (FigureFileReader reader : readers) {
            if (reader.accepts(name, head)) {
                return Optional.of(reader);
            }
        }
        sink.error(new ImportError(name, 0, "", "cannot read this file: " + unreadable(name, head)));
        return Optional.empty();
    }

    private static String unreadable(String name, byte[] head) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (FileSniffer.isOle2(head)) {
            return "it is an old-style Excel file (.xls) or a password-protected workbook; open it in Excel and"
                    + " save it as an Excel Workbook (.xlsx) without a password";
        }
        if (FileSniffer.isZip(head)) {
            return "it is a spreadsheet or archive, but not one StrikeDesk reads; send .xlsx or .csv";
        }
        if (FileSniffer.isUtf16(head)) {
            return "it is UTF-16 text (as Excel's \"Unicode Text\" saves it); save it as \"CSV UTF-8\" and send it"
                    + " again";
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) {
            return "it is named like an Excel workbook but is not one (an .xlsx file is a ZIP package and this"
                    + " is not); it may be damaged, or another kind of file renamed";
        }
        return FileSniffer.isBinary(head)
                ? "it is not text; send the figures as .csv (UTF-8) or .xlsx"
                : "StrikeDesk reads .csv and .xlsx files; rename it if it is one of those";
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }
}
