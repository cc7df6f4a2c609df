package org.strikedesk.figures;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The figures of the organisations and strikes asked about most recently, kept until figures change. The store is
 * read far more often than it is written: a newsroom asks about the same few trusts all day, and an import changes
 * the generation, which empties this.
 */
final class RecentFigures {
    private final int capacity;
    private final Map<String, StrikeFigures> entries;
    private long generation = -1;

    RecentFigures(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, StrikeFigures> eldest) {
                return size() > RecentFigures.this.capacity;
            }
        };
    }

    /**
     * The figures for a key at this generation, read with {@code read} when not held. What is read at an older
     * generation than the one held now is returned but not kept.
     */
    StrikeFigures get(String key, long now, Supplier<StrikeFigures> read) {
        synchronized (this) {
            if (generation != now) {
                entries.clear();
                generation = now;
            }
            StrikeFigures held = entries.get(key);
            if (held != null) {
                return held;
            }
        }
        StrikeFigures figures = read.get();
        synchronized (this) {
            if (generation == now) {
                entries.put(key, figures);
            }
        }
        return figures;
    }
}
