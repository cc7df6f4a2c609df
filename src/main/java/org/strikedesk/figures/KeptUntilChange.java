package org.strikedesk.figures;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What was made from the figures, kept until they change: the figures asked about most recently, and whole answers.
 * The store is read far more often than it is written: a newsroom asks about the same few trusts all day, and an
 * import moves the generation ({@link FiguresStore#generation()}), which empties this. The least recently used entry
 * goes first when it is full.
 *
 * @param <K> what a value is found by
 * @param <V> what is kept
 */
public final class KeptUntilChange<K, V> {
    private final int capacity;
    private final Map<K, V> entries;
    private long generation = -1;

    /** @param capacity how many values are kept at most */
    public KeptUntilChange(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("at least one value must be kept, not " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > KeptUntilChange.this.capacity;
            }
        };
    }

    /** The value kept for {@code key}, if it was made at generation {@code now}. */
    public synchronized Optional<V> held(K key, long now) {
        moveTo(now);
        return generation == now ? Optional.ofNullable(entries.get(key)) : Optional.empty();
    }

    /** Keeps {@code value}, made at generation {@code madeAt}, unless the figures have changed since. */
    public synchronized void keep(K key, long madeAt, V value) {
        moveTo(madeAt);
        if (generation == madeAt) {
            entries.put(key, value);
        }
    }

    /**
     * The value for a key at generation {@code now}, made with {@code make} when not held. What is made at an older
     * generation than the one held now is returned but not kept.
     */
    public V get(K key, long now, Supplier<V> make) {
        Optional<V> held = held(key, now);
        if (held.isPresent()) {
            return held.get();
        }
        V made = make.get();
        keep(key, now, made);
        return made;
    }

    /** A newer generation empties what is kept; an older one (a caller that started before a change) leaves it. */
    private void moveTo(long now) {
        if (now > generation) {
            entries.clear();
            generation = now;
        }
    }
}
