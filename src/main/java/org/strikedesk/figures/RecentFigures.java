package org.strikedesk.figures;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Figures asked about most recently, kept until figures change. The store is read far more often than it is
 * written: a newsroom asks about the same few trusts all day, and an import changes the generation, which empties
 * this.
 *
 * @param <T> what is kept: one strike's figures, or a trust's history
 */
final class RecentFigures<T> {
    private final int capacity;
    private final Map<String, T> entries;
    private long generation = -1;

    RecentFigures(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > RecentFigures.this.capacity;
            }
        };
    }

    /**
     * The figures for a key at this generation, read with {@code read} when not held. What is read at an older
     * generation than the one held now is returned but not kept.
     */
    T get(String key, long now, Supplier<T> read) {
        synchronized (this) {
            if (generation != now) {
                entries.clear();
                generation = now;
            }
            T held = entries.get(key);
            if (held != null) {
                return held;
            }
        }
        T figures = read.get();
        synchronized (this) {
            if (generation == now) {
                entries.put(key, figures);
            }
        }
        return figures;
    }
}
