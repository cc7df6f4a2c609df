package org.strikedesk.ingest;

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
}
