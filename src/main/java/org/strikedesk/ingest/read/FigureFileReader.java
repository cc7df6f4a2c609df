package org.strikedesk.ingest.read;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one file format into raw figures. Implementations stream: a file is never held whole as objects. */
public interface FigureFileReader {

    /** Whether this reader understands the file, judged by its name and first bytes. */
    boolean accepts(String fileName, byte[] head);

    /**
     * Reads the file, sending each figure and each problem to the sink. A problem that makes the rest of the
     * file unreadable is sent as an error and ends the read.
     */
    void read(Path file, String fileName, FigureSink sink) throws IOException;

    /**
     * Reads the file as {@link #read(Path, String, FigureSink)} does, knowing where it came from.
     *
     * @param origin the URL the file was fetched from, or null; a reader whose format may leave the source out
     *     uses it as the figures' source
     */
    default void read(Path file, String fileName, String origin, FigureSink sink) throws IOException {
        read(file, fileName, sink);
    }
}
