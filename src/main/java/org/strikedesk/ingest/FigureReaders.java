package org.strikedesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Picks the reader for a file by its name and first bytes, and refuses what no reader understands. */
public final class FigureReaders {
    private static final int HEAD = 512;

    private final List<FigureFileReader> readers;

    public FigureReaders(List<FigureFileReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** The CSV reader alone. */
    public static FigureReaders csvOnly() {
        return new FigureReaders(List.of(new CsvFigureReader()));
    }

    /** The reader for the file, or empty after telling the sink why there is none. */
    public Optional<FigureFileReader> readerFor(Path file, String name, FigureSink sink) throws IOException {
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
        String why = FileSniffer.isZip(head)
                ? "it is a spreadsheet or archive, but not one StrikeDesk reads; send .xlsx or .csv"
                : FileSniffer.isBinary(head)
                        ? "it is not text; send the figures as .csv (UTF-8) or .xlsx"
                        : "StrikeDesk reads .csv and .xlsx files; rename it if it is one of those";
        sink.error(new ImportError(name, 0, "", "cannot read this file: " + why));
        return Optional.empty();
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }
}
