package org.strikedesk.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.strikedesk.store.Database;

/**
 * Holds every reader connection of a store until closed, so whatever reads the store waits: a slow store, made on
 * purpose, to see what the bot does when an answer takes longer than Discord's three seconds allow.
 */
final class BusyStore implements AutoCloseable {
    /** More than the store lends; the extra waits with whatever the test sends. */
    private static final int HOLDERS = 4;

    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Thread> holders = new ArrayList<>();

    private BusyStore(Database database) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(HOLDERS);
        for (int i = 0; i < HOLDERS; i++) {
            Thread holder = new Thread(() -> database.read(connection -> {
                held.countDown();
                return awaitQuietly(release);
            }));
            holder.start();
            holders.add(holder);
        }
        if (!held.await(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the store's readers could not all be held");
        }
    }

    /** Returns once every reader connection of {@code database} is held. */
    static BusyStore hold(Database database) throws InterruptedException {
        return new BusyStore(database);
    }

    /** Lets the held readers go, so what waited can go on. */
    void release() {
        release.countDown();
    }

    @Override
    public void close() {
        release();
        try {
            for (Thread holder : holders) {
                holder.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
