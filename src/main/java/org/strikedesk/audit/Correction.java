package org.strikedesk.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.strikedesk.figures.Figure;

/**
 * A revision of a figure people had been shown, with who they were.
 *
 * @param importId the import that revised it
 * @param at when
 * @param figure which figure
 * @param oldValue the value they were shown
 * @param newValue the value now
 * @param users who was shown the old value, where, how often and when last
 */
public record Correction(long importId, Instant at, Figure.Key figure, long oldValue, long newValue, List<Use> users) {
    public Correction {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(figure, "figure");
        users = List.copyOf(users);
    }

    /**
     * Someone who was shown the old value, somewhere.
     *
     * @param who who, and where
     * @param pulls how many replies showed it to them there
     * @param last when last
     */
    public record Use(Who who, int pulls, Instant last) {
        public Use {
            Objects.requireNonNull(who, "who");
            Objects.requireNonNull(last, "last");
        }
    }
}
