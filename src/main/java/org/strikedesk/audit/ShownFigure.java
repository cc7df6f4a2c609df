package org.strikedesk.audit;

import java.util.Objects;
import org.strikedesk.figures.Figure;

/**
 * A figure as someone was shown it: which figure, and the value it had.
 *
 * @param key the figure
 * @param value its value then
 */
public record ShownFigure(Figure.Key key, long value) {
    public ShownFigure {
        Objects.requireNonNull(key, "key");
    }
}
