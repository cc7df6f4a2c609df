package org.strikedesk.figures;

import java.util.Objects;

/**
 * A figure whose value changed after it was first published: the value it had and the one it has now.
 *
 * @param earlier the value that was current before, with its source
 * @param current the value held now
 */
public record Revision(Figure earlier, Figure current) {
    public Revision {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(current, "current");
        if (!earlier.key().equals(current.key())) {
            throw new IllegalArgumentException("a revision is of one figure: " + earlier.key() + ", " + current.key());
        }
    }
}
