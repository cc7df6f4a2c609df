package org.strikedesk.ingest;

/** Where a reader sends what it reads: figures to validate, and problems with the file itself. */
public interface FigureSink {
    void figure(RawFigure figure);

    void error(ImportError error);
}
