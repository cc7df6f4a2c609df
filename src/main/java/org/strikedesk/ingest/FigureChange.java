package org.strikedesk.ingest;

import org.strikedesk.figures.Figure;

/**
 * A figure an import added or revised.
 *
 * @param before the value it replaced, or null when the figure is new
 * @param after the value now current
 */
public record FigureChange(Figure before, Figure after) {
    public boolean isRevision() {
        return before != null;
    }
}
