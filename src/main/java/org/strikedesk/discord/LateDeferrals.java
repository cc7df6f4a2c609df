package org.strikedesk.discord;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Interactions whose answers are being made on a worker thread, not yet acknowledged: each one still waiting at its
 * moment to be deferred is deferred (privately when its answer is for the asker alone: Discord fixes who sees the
 * answer when it is acknowledged), so that Discord's deadline is met however long the answer takes. One sweep every
 * {@link #SWEEP} looks at them all, instead of a timer per interaction, which would wake the timer thread for each;
 * and it sweeps only while an interaction waits: answers kept ready-made, sent at once, are never watched, and a bot
 * that only sends those would otherwise wake twenty times a second for nothing.
 */
final class LateDeferrals {
    /** How often answers not yet ready are looked for: a small part of what is left of the deadline. */
    private static final Duration SWEEP = Duration.ofMillis(50);

    private static final Logger log = LoggerFactory.getLogger(LateDeferrals.class);

    /**
     * An interaction whose answer is under way. Whoever sets {@code acknowledged} first, the answer or the sweep,
     * acknowledges it; the other must then fill in or follow up.
     */
    record Waiting(IReplyCallback event, String what, boolean privately, AtomicBoolean acknowledged, long deferAt) {}

    private final Set<Waiting> waiting = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timers;
    /** Whether a sweep is due: set by whoever schedules one, cleared by a sweep that leaves nothing waiting. */
    private final AtomicBoolean sweeping = new AtomicBoolean();

    /** Sweeps on {@code timers}, while interactions wait, until they are shut down. */
    LateDeferrals(ScheduledExecutorService timers) {
        this.timers = timers;
    }

    /**
     * Watches an interaction until {@link #done}.
     *
     * @param deferAt when to defer it, as {@link System#nanoTime()} reads
     */
    Waiting watch(IReplyCallback event, String what, boolean privately, long deferAt) {
        Waiting watched = new Waiting(event, what, privately, new AtomicBoolean(false), deferAt);
        waiting.add(watched);
        sweepSoon();
        return watched;
    }

    /** Stops watching an interaction, answered or given up. */
    void done(Waiting watched) {
        waiting.remove(watched);
    }

    /** Schedules a sweep unless one is due already. */
    private void sweepSoon() {
        if (sweeping.compareAndSet(false, true)) {
            try {
                var unused = timers.schedule(this::sweep, SWEEP.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // The timers are shut down: the bot is stopping, and what it still answers goes out as it is.
                sweeping.set(false);
            }
        }
    }

    /** Defers each interaction past its moment; sweeps again while any waits. A deferral's failure is logged by it. */
    private void sweep() {
        long now = System.nanoTime();
        for (Waiting watched : waiting) {
            if (now - watched.deferAt() >= 0 && watched.acknowledged().compareAndSet(false, true)) {
                watched.event()
                        .deferReply(watched.privately())
                        .queue(null, e -> log.warn("Could not acknowledge {}: {}", watched.what(), e.toString()));
            }
        }
        sweeping.set(false);
        // One watched after the loop above, while this sweep was still due, scheduled none: look again.
        if (!waiting.isEmpty()) {
            sweepSoon();
        }
    }
}
