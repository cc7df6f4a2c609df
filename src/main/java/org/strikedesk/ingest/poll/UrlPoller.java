package org.strikedesk.ingest.poll;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.config.IngestConfig;
import org.strikedesk.config.PollConfig;
import org.strikedesk.ingest.FileChecksum;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.ingest.ImportRoute;
import org.strikedesk.ingest.Importer;
import org.strikedesk.store.Database;
import org.strikedesk.store.StoreException;

/**
 * Polls the configured URLs for new figures files. A URL is fetched when due, conditionally; content that has not
 * changed (304, or the same checksum as last time) is not imported again, and content that has is imported like
 * any other file, the URL being its source unless the file names one. A URL that fails is tried again after a
 * wait that doubles each time, up to a cap; its failure is logged when it starts and when it ends, not at every
 * attempt, and shows in /status meanwhile.
 */
public final class UrlPoller implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(UrlPoller.class);
    /** How often the scheduler looks for a URL that is due. */
    private static final Duration TICK = Duration.ofSeconds(15);

    private final Map<String, PollConfig> urls = new LinkedHashMap<>();
    private final PollStore store;
    private final Importer importer;
    private final Fetcher fetcher;
    private final Clock clock;
    private final Duration maxBackoff;
    /** Read by /status while a poll runs, so not guarded by the poller's lock. */
    private final Map<String, PollState> states = new ConcurrentHashMap<>();

    private ScheduledExecutorService scheduler;

    public UrlPoller(List<PollConfig> urls, PollStore store, Importer importer, Clock clock, IngestConfig limits) {
        urls.forEach(url -> this.urls.put(url.url().toString(), url));
        this.store = store;
        this.importer = importer;
        this.fetcher = new Fetcher(limits.pollTimeout(), limits.maxFileBytes());
        this.clock = clock;
        this.maxBackoff = limits.pollMaxBackoff();
        Map<String, PollState> saved = store.all();
        this.urls.keySet().forEach(url -> states.put(url, saved.getOrDefault(url, PollState.fresh(url))));
    }

    /** The poller for the URLs the config lists. */
    public static UrlPoller of(IngestConfig config, Database database, Importer importer, Clock clock) {
        return new UrlPoller(config.poll(), new PollStore(database), importer, clock, config);
    }

    /** Every URL's state, in config order; never waits for a poll under way. */
    public List<PollState> states() {
        return urls.keySet().stream().map(states::get).toList();
    }

    /** Polls every URL that is due now; returns the states after. */
    public synchronized List<PollState> pollDue() {
        Instant now = clock.instant();
        for (PollState state : states()) {
            if (state.nextAttempt() == null || !now.isBefore(state.nextAttempt())) {
                PollState after = poll(urls.get(state.url()), state);
                states.put(after.url(), after);
                store.save(after);
            }
        }
        return states();
    }

    /** Starts polling on a thread of its own; does nothing when no URL is configured. */
    public synchronized void start() {
        if (scheduler != null || urls.isEmpty()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "strikedesk-poll");
            thread.setDaemon(true);
            return thread;
        });
        // Stopped by shutting the scheduler down; a round logs its own failures, so the future has nothing to add.
        var unused = scheduler.scheduleWithFixedDelay(this::pollQuietly, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Polling {} URL(s) for new figures files", urls.size());
    }

    /** Stops polling; a fetch under way finishes first. */
    public void stop() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = scheduler;
            scheduler = null;
        }
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void pollQuietly() {
        try {
            pollDue();
        } catch (RuntimeException e) {
            log.error("Polling failed", e);
        }
    }

    private PollState poll(PollConfig url, PollState state) {
        Instant at = clock.instant();
        Fetcher.Answer answer = fetcher.fetch(url.url(), state);
        if (answer instanceof Fetcher.NotModified same) {
            return succeeded(url, state, new PollState.Fetch(same.etag(), same.lastModified(), null), "not modified");
        }
        if (answer instanceof Fetcher.Downloaded downloaded) {
            try {
                return imported(url, state, downloaded);
            } finally {
                deleteQuietly(downloaded.file());
            }
        }
        return failed(url, state, ((Fetcher.Failed) answer).reason(), at);
    }

    private PollState imported(PollConfig url, PollState state, Fetcher.Downloaded downloaded) {
        String checksum;
        ImportReport report;
        try {
            checksum = FileChecksum.sha256(downloaded.file());
            if (checksum.equals(state.checksum())) {
                return succeeded(url, state, fetched(downloaded, checksum), "unchanged since last fetched");
            }
            String link = url.url().toString();
            report = importer.importFile(downloaded.file(), fileName(url.url()), ImportRoute.URL, link, link);
        } catch (StoreException e) {
            if (e.problem().isEmpty()) {
                throw e;
            }
            log.warn("{} could not be imported: {}", url.url(), e.getMessage());
            return failed(url, state, e.problem().get().kind().summary() + "; nothing was imported", clock.instant());
        } catch (IOException | RuntimeException e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Importing {} failed (reference {})", url.url(), reference, e);
            return failed(
                    url,
                    state,
                    "StrikeDesk failed to import it (logged under reference " + reference + ")",
                    clock.instant());
        }
        if (report.rejected()) {
            log.warn(
                    "{} from {}: first error: {}",
                    report.summary(),
                    url.url(),
                    report.errors().get(0));
        } else {
            log.info("{} from {}", report.summary(), url.url());
        }
        return succeeded(url, state, fetched(downloaded, checksum), result(report));
    }

    private static PollState.Fetch fetched(Fetcher.Downloaded downloaded, String checksum) {
        return new PollState.Fetch(downloaded.etag(), downloaded.lastModified(), checksum);
    }

    private static String result(ImportReport report) {
        return switch (report.outcome()) {
            case IMPORTED ->
                "imported: " + report.counts().added() + " added, "
                        + report.counts().revised() + " revised";
            case UNCHANGED -> "fetched, but no figure changed";
            case REJECTED ->
                "rejected (" + report.errorCount() + " errors; the first: "
                        + report.errors().get(0) + ")";
        };
    }

    private PollState succeeded(PollConfig url, PollState state, PollState.Fetch fetch, String result) {
        Instant at = clock.instant();
        if (state.failing()) {
            log.info("Polling {} works again after {} failed attempts", url.url(), state.failures());
        }
        return state.answered(fetch, result, at, at.plus(url.every()));
    }

    private PollState failed(PollConfig url, PollState state, String reason, Instant at) {
        PollState after = state.failed(reason, at, at.plus(backoff(url.every(), state.failures() + 1)));
        if (!state.failing()) {
            log.warn(
                    "Polling {} failed: {}; trying again at {}, then less often while it fails",
                    url.url(),
                    reason,
                    after.nextAttempt());
        } else {
            log.debug("Polling {} failed again ({} in a row): {}", url.url(), after.failures(), reason);
        }
        return after;
    }

    /** The wait after the {@code failures}th failure in a row: the interval, doubled each time, up to the cap. */
    Duration backoff(Duration every, int failures) {
        Duration cap = every.compareTo(maxBackoff) > 0 ? every : maxBackoff;
        Duration wait = every;
        for (int i = 1; i < failures && wait.compareTo(cap) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    /** A name for the history: the URL's last path segment, such as {@code daily-figures.xlsx}. */
    static String fileName(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        return last.isBlank() ? url.getHost() : last;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.debug("Could not delete {}: {}", file, e.toString());
        }
    }
}
