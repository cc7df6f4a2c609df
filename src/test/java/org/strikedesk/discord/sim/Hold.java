package org.strikedesk.discord.sim;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests held at the simulator, unanswered, until the test releases them: a Discord that is slow to answer, for
 * exactly as long as a test needs a request to be under way. A held request waits at most {@link #LONGEST}, so a test
 * that fails before releasing does not hang the bot.
 */
public final class Hold {
    static final Duration LONGEST = Duration.ofMinutes(2);

    private final AtomicInteger arrived = new AtomicInteger();
    private final Object lock = new Object();
    private final CountDownLatch released = new CountDownLatch(1);

    /** Waits until {@code count} matching requests have arrived; false when fewer came within {@code timeout}. */
    public boolean awaitArrivals(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (arrived.get() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
            return true;
        }
    }

    /** How many matching requests have arrived so far. */
    public int arrivals() {
        return arrived.get();
    }

    /** Lets every held request through, and every later one too. */
    public void release() {
        released.countDown();
    }

    /** Called by the REST server for a matching request: counts it, then waits to be released. */
    void hold() {
        synchronized (lock) {
            arrived.incrementAndGet();
            lock.notifyAll();
        }
        try {
            var unused = released.await(LONGEST.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
