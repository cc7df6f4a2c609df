package org.strikedesk.figures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Every strike, oldest first. Immutable. */
public final class StrikeCalendar {
    private final List<Strike> strikes;
    private final List<Strike> newestFirst;
    private final Map<String, Strike> byId = new LinkedHashMap<>();

    public StrikeCalendar(List<Strike> strikes) {
        this.strikes = strikes.stream()
                .sorted(Comparator.comparing(Strike::firstDay).thenComparing(Strike::id))
                .toList();
        List<Strike> reversed = new ArrayList<>(this.strikes);
        Collections.reverse(reversed);
        this.newestFirst = List.copyOf(reversed);
        for (Strike strike : this.strikes) {
            byId.put(strike.id(), strike);
        }
    }

    /** Oldest first. */
    public List<Strike> all() {
        return strikes;
    }

    /** Newest first, as autocomplete lists them. */
    public List<Strike> newestFirst() {
        return newestFirst;
    }

    public Optional<Strike> byId(@Nullable String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id.trim().toLowerCase(Locale.ROOT)));
    }

    public boolean isEmpty() {
        return strikes.isEmpty();
    }
}
