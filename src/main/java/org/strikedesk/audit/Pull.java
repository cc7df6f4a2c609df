package org.strikedesk.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One reply that showed figures: who asked, where and when, what they asked, and the figures it showed.
 *
 * @param at when
 * @param who who asked, and where
 * @param asked the command as typed, or the button pressed
 * @param figures the figures shown, with their values then
 */
public record Pull(Instant at, Who who, String asked, List<ShownFigure> figures) {
    public Pull {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(asked, "asked");
        figures = List.copyOf(figures);
    }
}
