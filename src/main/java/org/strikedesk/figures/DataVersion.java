package org.strikedesk.figures;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.store.Database;

/**
 * Notices changes that another StrikeDesk process makes to what answers are made from. A running bot keeps figures,
 * and whole answers, in memory until they change; its own imports say so as they commit, but an import from cron, from
 * the console or from the process running other shards commits behind its back. The store moves one number with every
 * import (which is what writes figures and figures held for review), every change to a review and to the strike
 * calendar (migration V14, by triggers, whoever writes); this reads it every {@link #EVERY} and says when it has moved.
 */
public final class DataVersion {
    /** How often the number is read: an answer may lag another process's import by this much. */
    public static final Duration EVERY = Duration.ofMillis(500);

    private static final Logger log = LoggerFactory.getLogger(DataVersion.class);

    private final Database database;
    private final Runnable changed;
    private long seen = -1;
    private boolean failing;

    /**
     * @param database the store
     * @param changed what to do when the data changed since the last reading (and at the first reading)
     */
    public DataVersion(Database database, Runnable changed) {
        this.database = database;
        this.changed = changed;
    }

    /** Reads the number every {@link #EVERY} on {@code executor}, until it is shut down. */
    public void start(ScheduledExecutorService executor) {
        var unused = executor.scheduleWithFixedDelay(this::catchUp, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Reads the number now, on the caller's thread, and runs {@code changed} when it moved since the last reading.
     *
     * @return whether it had moved
     */
    public synchronized boolean check() {
        long now = database.read(connection -> {
            try (var statement = connection.prepareStatement("SELECT version FROM data_version WHERE id = 1");
                    var row = statement.executeQuery()) {
                return row.next() ? row.getLong(1) : 0L;
            }
        });
        if (now == seen) {
            return false;
        }
        seen = now;
        changed.run();
        return true;
    }

    /**
     * As {@link #check}, where a store that cannot be read is said once, in the log, not thrown: answers keep what
     * they hold until it is back.
     */
    public synchronized void catchUp() {
        try {
            check();
            if (failing) {
                failing = false;
                log.info("The store answers again: changes other StrikeDesk processes make are seen again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                log.warn(
                        "Cannot read the store to see changes other StrikeDesk processes make; answers may lag"
                                + " them until it can be read: {}",
                        e.toString());
            } else {
                log.debug("The store still cannot be read: {}", e.toString());
            }
        }
    }
}
