package org.strikedesk.figures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Sources gathered from several sets of figures, one per URL, each with the latest publication date known. */
    public static List<Source> byUrl(Collection<Source> sources) {
        Map<String, Source> byUrl = new LinkedHashMap<>();
        sources.forEach(source -> byUrl.merge(source.url(), source, Source::latest));
        return List.copyOf(byUrl.values());
    }
}
