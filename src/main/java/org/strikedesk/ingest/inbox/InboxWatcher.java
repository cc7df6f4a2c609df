package org.strikedesk.ingest.inbox;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the inbox moving while the bot runs: the file system's change events start a scan, and a scan every
 * {@code rescan} catches whatever the events missed (some file systems, such as network shares, send none). While a
 * file is still settling, another scan follows after the settle time. Scans run one at a time on one scheduled
 * thread.
 */
public final class InboxWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);

    private final Inbox inbox;
    private final Duration rescan;
    private final Duration settle;
    private final AtomicBoolean followUpPending = new AtomicBoolean();
    private ScheduledExecutorService scheduler;
    private WatchService watcher;
    private Thread listener;

    public InboxWatcher(Inbox inbox, Duration rescan, Duration settle) {
        this.inbox = inbox;
        this.rescan = rescan;
        this.settle = settle;
    }

    /** Starts watching; a scan runs at once. */
    public synchronized void start() throws IOException {
        if (scheduler != null) {
            return;
        }
        Files.createDirectories(inbox.folders().inbox());
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "strikedesk-inbox"));
        // Stopped by shutting the scheduler down; a scan logs its own failures, so the future has nothing to add.
        var unused = scheduler.scheduleWithFixedDelay(this::scan, 0, rescan.toMillis(), TimeUnit.MILLISECONDS);
        watcher = FileSystems.getDefault().newWatchService();
        inbox.folders()
                .inbox()
                .register(
                        watcher,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.OVERFLOW);
        listener = daemon(this::listen, "strikedesk-inbox-events");
        listener.start();
        log.info("Watching the inbox {} for new figures files", inbox.folders().inbox());
    }

    /** Stops watching; a scan under way finishes first. */
    public synchronized void stop() {
        if (scheduler == null) {
            return;
        }
        try {
            watcher.close();
        } catch (IOException e) {
            log.debug("Closing the inbox watch service: {}", e.toString());
        }
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler = null;
    }

    @Override
    public void close() {
        stop();
    }

    /** Waits for change events; each batch asks for a scan once the files have had time to settle. */
    private void listen() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                key.pollEvents();
                key.reset();
                followUp();
            }
        } catch (ClosedWatchServiceException e) {
            // stopped
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void scan() {
        try {
            if (!inbox.scan().waiting().isEmpty()) {
                followUp();
            }
        } catch (IOException | RuntimeException e) {
            log.error("Scanning the inbox {} failed", inbox.folders().inbox(), e);
        }
    }

    /** One scan after the settle time; asking again before it runs changes nothing. */
    private void followUp() {
        if (!followUpPending.compareAndSet(false, true)) {
            return;
        }
        ScheduledExecutorService current;
        synchronized (this) {
            current = scheduler;
        }
        if (current == null) {
            followUpPending.set(false);
            return;
        }
        try {
            var unused = current.schedule(
                    () -> {
                        followUpPending.set(false);
                        scan();
                    },
                    Math.max(settle.toMillis(), 50),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Stopped meanwhile: there is nothing left to follow up.
            followUpPending.set(false);
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
