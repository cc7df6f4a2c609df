package org.strikedesk.figures;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A publication figures come from.
 *
 * @param url where it was published
 * @param published when, if known
 */
public record Source(String url, @Nullable LocalDate published) {

    /** The same source with the later of two known publication dates. */
    Source latest(Source other) {
        if (published == null) {
            return other;
        }
        if (other.published == null || !other.published.isAfter(published)) {
            return this;
        }
        return other;
    }
}
