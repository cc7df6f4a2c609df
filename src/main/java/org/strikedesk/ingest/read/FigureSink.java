package org.strikedesk.ingest.read;

import org.strikedesk.ingest.errors.ImportError;

/** Where a reader sends what it reads: figures to validate, and problems with the file itself. */
public interface FigureSink {
    void figure(RawFigure figure);

    void error(ImportError error);

    /**
     * Says which worksheet of a workbook the rows that follow come from, so that every error about them names it.
     * Readers of files without sheets never call it.
     */
    default void sheet(String name) {}
}
