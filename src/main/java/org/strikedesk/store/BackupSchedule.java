package org.strikedesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs the store up every so often while the bot runs, into one folder, as {@code strikedesk-20261129T140000Z.db}
 * (the time in UTC), and deletes all but the newest few. After a restart the next backup is due one interval after
 * the newest one in the folder, so restarting often neither skips backups nor piles them up.
 */
public final class BackupSchedule implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);
    private static final Pattern NAME = Pattern.compile("strikedesk-(\\d{8}T\\d{6}Z)\\.db");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path store;
    private final Path directory;
    private final Duration every;
    private final int keep;
    private final Clock clock;
    private volatile Optional<Backup> last = Optional.empty();
    private volatile Optional<String> lastFailure = Optional.empty();
    private ScheduledExecutorService scheduler;

    /**
     * One backup taken.
     *
     * @param file where it is
     * @param at when it was taken
     * @param summary what it holds
     */
    public record Backup(Path file, Instant at, StoreSummary summary) {}

    public BackupSchedule(Path store, Path directory, Duration every, int keep, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.every = every;
        this.keep = keep;
        this.clock = clock;
    }

    /** Starts taking backups: the first is due one interval after the newest already in the folder. */
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "strikedesk-backup");
            thread.setDaemon(true);
            return thread;
        });
        Duration first = untilNext();
        // Stopped by shutting the scheduler down; each backup logs its own failure, so the future adds nothing.
        var unused = scheduler.scheduleWithFixedDelay(
                this::backUpQuietly, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Backing up the store every {} into {}, keeping the newest {}", every, directory, keep);
    }

    /** How long until the next backup is due: one interval after the newest in the folder, or now. */
    Duration untilNext() {
        return newest().map(at -> Duration.between(clock.instant(), at.plus(every)))
                .filter(wait -> !wait.isNegative())
                .orElse(Duration.ZERO);
    }

    /** Stops; a backup under way finishes first (for at most a minute). */
    public void stop() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = scheduler;
            scheduler = null;
        }
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(1, TimeUnit.MINUTES)) {
                log.warn("A backup was still being written after a minute; it is left unfinished");
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Takes a backup now and deletes the oldest beyond {@code keep}. */
    public Backup backUpNow() throws IOException {
        Instant at = clock.instant();
        Path file = directory.resolve("strikedesk-" + STAMP.format(at) + ".db");
        long start = System.nanoTime();
        StoreSummary summary = StoreCopies.backup(store, file);
        Backup backup = new Backup(file, at, summary);
        last = Optional.of(backup);
        lastFailure = Optional.empty();
        log.info(
                "Backed up the store to {} in {} ms: {}",
                file,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                summary.describe());
        prune();
        return backup;
    }

    /** The newest backup this process took. */
    public Optional<Backup> last() {
        return last;
    }

    /** Why the newest attempt failed, when it did. */
    public Optional<String> lastFailure() {
        return lastFailure;
    }

    /** The backups in the folder, newest first. */
    public List<Path> backups() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(
                            file -> NAME.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(
                                    (Path file) -> file.getFileName().toString())
                            .reversed())
                    .toList();
        }
    }

    private void backUpQuietly() {
        try {
            backUpNow();
        } catch (IOException | RuntimeException e) {
            lastFailure = Optional.of(e.getMessage());
            log.error("The scheduled backup failed; the next is due in {}", every, e);
        }
    }

    private void prune() throws IOException {
        List<Path> all = backups();
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(old);
            log.info("Deleted the old backup {}, keeping the newest {}", old, keep);
        }
    }

    private Optional<Instant> newest() {
        try {
            for (Path file : backups()) {
                Matcher name = NAME.matcher(file.getFileName().toString());
                if (name.matches()) {
                    return Optional.of(Instant.from(STAMP.parse(name.group(1))));
                }
            }
        } catch (IOException | DateTimeParseException e) {
            log.warn("Cannot list the backups in {}: {}", directory, e.toString());
        }
        return Optional.empty();
    }
}
