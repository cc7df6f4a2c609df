package org.strikedesk.figures;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * What was made from the figures, kept until they change: the figures asked about most recently, and whole answers.
 * The store is read far more often than it is written: a newsroom asks about the same few trusts all day, and an
 * import moves the generation ({@link FiguresStore#generation()}), which empties this. The least recently used entry
 * goes first when it is full: full by count, or by weight for values whose sizes differ widely (answers with files).
 *
 * @param <K> what a value is found by
 * @param <V> what is kept
 */
public final class KeptUntilChange<K, V> {
    private final long capacity;
    private final ToLongFunction<V> weigher;
    private final Map<K, V> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long weight;
    private long generation = -1;

    /** @param capacity how many values are kept at most */
    public KeptUntilChange(int capacity) {
        this(capacity, value -> 1);
    }

    /**
     * @param capacity the most the values kept may weigh together
     * @param weigher what a value weighs (at least 1): its size in memory, say, for values of very different sizes
     */
    public KeptUntilChange(long capacity, ToLongFunction<V> weigher) {
        if (capacity < 1) {
            throw new IllegalArgumentException("at least one value must be kept, not " + capacity);
        }
        this.capacity = capacity;
        this.weigher = weigher;
    }

    /** The value kept for {@code key}, if it was made at generation {@code now}. */
    public synchronized Optional<V> held(K key, long now) {
        moveTo(now);
        return generation == now ? Optional.ofNullable(entries.get(key)) : Optional.empty();
    }

    /** Keeps {@code value}, made at generation {@code madeAt}, unless the figures have changed since. */
    public synchronized void keep(K key, long madeAt, V value) {
        moveTo(madeAt);
        long heavy = Math.max(1, weigher.applyAsLong(value));
        if (generation != madeAt || heavy > capacity) {
            return;
        }
        V replaced = entries.put(key, value);
        weight += heavy - (replaced == null ? 0 : Math.max(1, weigher.applyAsLong(replaced)));
        // The least recently used go first, until what is kept weighs no more than the capacity.
        Iterator<V> eldest = entries.values().iterator();
        while (weight > capacity && eldest.hasNext()) {
            weight -= Math.max(1, weigher.applyAsLong(eldest.next()));
            eldest.remove();
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
            weight = 0;
            generation = now;
        }
    }
}
