package org.strikedesk.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.commands.FigureUse;
import org.strikedesk.commands.Invoker;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Metric;
import org.strikedesk.replies.Reply;
import org.strikedesk.store.Database;

/**
 * The record of who was shown which figures: the {@code pulls} table, each pull pointing at the set of figures it
 * showed ({@link FigureSets}). It is the only class that writes pulls. A reply is noted in memory once it is built,
 * before it is sent, and the notes are written a moment later, together, by a thread of their own: a reply never waits
 * for the store's write lock, nor pays for a transaction. Whatever reads the record (a revision looking for who used
 * a figure, {@code /usage}) sees the notes not yet written as well. A note that cannot be written (the store failing)
 * is logged; while another StrikeDesk process is writing to the store, the notes wait and are tried again.
 */
public final class Pulls implements FigureUse, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Pulls.class);
    /**
     * How long notes gather before they are written in one transaction; also the wait before trying again. A write
     * every tenth of a second, beside the bot's answers, slowed the typical answer by a tenth on a 2-core machine; a
     * second is a small window of notes to lose if the process is killed (a clean stop writes them).
     */
    private static final Duration GATHER = Duration.ofSeconds(1);
    /** How many notes may gather before they are written at once, without waiting out {@link #GATHER}. */
    private static final int MOST_GATHERED = 1_000;
    /**
     * How many notes may wait before a reply writes them itself: only when the writer cannot keep up, as while
     * another StrikeDesk process holds the store's write lock for long. Memory stays bounded (a few megabytes).
     */
    private static final int MOST_PENDING = 20_000;
    /** A pull, if the store holds its set of figures under the id and digest given. */
    private static final String INSERT_PULL =
            "INSERT INTO pulls (pulled_at, user_id, user_name, guild_id, channel_id, asked, figure_set)"
                    + " SELECT ?, ?, ?, ?, ?, ?, id FROM figure_sets WHERE id = ? AND digest = ?";

    /** A reply noted but not yet written. */
    record Pending(Who who, String asked, List<Figure> figures, Instant at) {
        Pending {
            figures = List.copyOf(figures);
        }
    }

    private final Database database;
    private final Clock clock;
    private final Duration gather;
    private final FigureSets sets = new FigureSets();
    private final Queue<Pending> pending = new LinkedBlockingQueue<>();
    private final AtomicBoolean writeScheduled = new AtomicBoolean();
    private final AtomicBoolean writeNow = new AtomicBoolean();
    private final ScheduledThreadPoolExecutor writer = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "strikedesk-pulls");
        thread.setDaemon(true);
        return thread;
    });

    public Pulls(Database database, Clock clock) {
        this(database, clock, GATHER);
    }

    /** @param gather how long notes gather before they are written together */
    Pulls(Database database, Clock clock, Duration gather) {
        this.database = database;
        this.clock = clock;
        this.gather = gather;
        // A write still gathering when StrikeDesk closes is not waited for: close() writes what is left itself.
        writer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public void record(Invoker invoker, String asked, Reply reply) {
        pending.add(new Pending(Who.of(invoker), asked, reply.shown(), clock.instant()));
        int waiting = pending.size();
        if (waiting > MOST_PENDING) {
            writeNowUnlessBusy(invoker, asked);
        } else if (waiting > MOST_GATHERED) {
            writeSoon();
        } else {
            scheduleWrite();
        }
    }

    /** Many notes have gathered: the writer writes them now, on its own thread, rather than when it meant to. */
    private void writeSoon() {
        if (writeNow.compareAndSet(false, true)) {
            try {
                writer.execute(() -> {
                    writeNow.set(false);
                    writeOrRetry();
                });
            } catch (RejectedExecutionException e) {
                writeNow.set(false); // closing: close() writes what is left
            }
        }
    }

    /**
     * When notes arrive faster than the writer can write them, the reply that finds too many waiting writes them
     * itself: memory stays bounded, and the store's write lock is still never waited for.
     */
    private void writeNowUnlessBusy(Invoker invoker, String asked) {
        try {
            if (!database.transactionIfFree(this::writePending)) {
                log.warn(
                        "{} answers are waiting to be recorded, the latest to {} ({}) for {}: another StrikeDesk is"
                                + " writing to the store",
                        pending.size(),
                        invoker.displayName(),
                        invoker.userId(),
                        asked);
            }
        } catch (RuntimeException e) {
            log.error("Could not record who was shown which figures for some answers already sent", e);
        }
    }

    private void scheduleWrite() {
        if (writeScheduled.compareAndSet(false, true)) {
            try {
                var unused = writer.schedule(this::writeGathered, gather.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                writeScheduled.set(false); // closing: close() writes what is left
            }
        }
    }

    /** On the writer's thread: writes what has gathered, unless another process is writing; then tries again. */
    private void writeGathered() {
        writeScheduled.set(false);
        writeOrRetry();
    }

    private void writeOrRetry() {
        try {
            if (!database.transactionIfFree(this::writePending)) {
                scheduleWrite();
            }
        } catch (RuntimeException e) {
            log.error("Could not record who was shown which figures for some answers already sent", e);
        }
    }

    /**
     * Writes every note not yet written, in the caller's transaction; returns how many. Notes are taken off the queue
     * only here, under the store's write lock, so a reader in a transaction sees each either in the tables or queued.
     */
    private int writePending(Connection connection) throws SQLException {
        int written = 0;
        try (PreparedStatement insert = connection.prepareStatement(INSERT_PULL)) {
            for (Pending note = pending.poll(); note != null; note = pending.poll()) {
                write(connection, insert, note);
                written++;
            }
        }
        return written;
    }

    /** Replies noted but not yet written, oldest first. */
    List<Pending> unwritten() {
        return List.copyOf(pending);
    }

    /** Writes the notes not yet written now, waiting for the store if another process is writing. */
    void flush() {
        if (!pending.isEmpty()) {
            database.transaction(this::writePending);
        }
    }

    /** Writes what is left, unless another process is writing to the store; then logs what is not recorded. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(1, TimeUnit.SECONDS)) {
                log.warn("The writer of who was shown which figures did not stop in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (!pending.isEmpty() && !database.transactionIfFree(this::writePending)) {
                log.warn(
                        "Not recorded who was shown figures for {} answers: another StrikeDesk is writing to the"
                                + " store, and closing does not wait for it",
                        pending.size());
            }
        } catch (RuntimeException e) {
            log.error("Could not record who was shown figures for {} answers", pending.size(), e);
        }
    }

    /**
     * A pull, pointing at the set of figures it showed: the set remembered, if the store still holds it under the id
     * remembered; else the set as stored now.
     */
    private void write(Connection connection, PreparedStatement insert, Pending note) throws SQLException {
        List<ShownFigure> shown = note.figures().stream()
                .map(figure -> new ShownFigure(figure.key(), figure.value()))
                .toList();
        Optional<FigureSets.Stored> remembered = sets.remembered(shown);
        if (remembered.isPresent() && insert(insert, note, remembered.get())) {
            return;
        }
        if (!insert(insert, note, sets.store(connection, shown))) {
            throw new IllegalStateException("The set of figures just stored for a pull is not in the store");
        }
    }

    /** Inserts the pull if the store holds the set; returns whether it did. */
    private static boolean insert(PreparedStatement insert, Pending note, FigureSets.Stored set) throws SQLException {
        insert.setString(1, note.at().toString());
        insert.setString(2, note.who().userId());
        insert.setString(3, note.who().userName());
        insert.setString(4, note.who().guildId());
        insert.setString(5, note.who().channelId());
        insert.setString(6, note.asked());
        insert.setLong(7, set.id());
        insert.setString(8, set.digest());
        return insert.executeUpdate() == 1;
    }

    /** The latest pulls that showed figures of an organisation, newest first, with only that organisation's figures. */
    public List<Pull> of(String orgCode, int limit) {
        flush();
        return database.read(connection -> {
            String sql = "SELECT p.id, p.pulled_at, p.user_id, p.user_name, p.guild_id, p.channel_id, p.asked,"
                    + " f.strike_id, f.day, f.metric, f.value FROM pulls p"
                    + " JOIN figure_set_members f ON f.set_id = p.figure_set"
                    + " WHERE p.id IN (SELECT id FROM pulls WHERE figure_set IN (SELECT set_id FROM figure_set_members"
                    + " WHERE org_code = ?) ORDER BY id DESC LIMIT ?) AND f.org_code = ?"
                    + " ORDER BY p.id DESC, f.strike_id, f.metric, f.day";
            Map<Long, Pull> pulls = new LinkedHashMap<>();
            Map<Long, List<ShownFigure>> figures = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, orgCode);
                query.setInt(2, limit);
                query.setString(3, orgCode);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        if (!pulls.containsKey(id)) {
                            Who who =
                                    new Who(rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6));
                            pulls.put(
                                    id, new Pull(Instant.parse(rows.getString(2)), who, rows.getString(7), List.of()));
                            figures.put(id, new ArrayList<>());
                        }
                        figures.get(id)
                                .add(new ShownFigure(
                                        key(rows.getString(8), orgCode, rows.getString(9), rows.getString(10)),
                                        rows.getLong(11)));
                    }
                }
            }
            List<Pull> listed = new ArrayList<>();
            pulls.forEach((id, pull) -> listed.add(new Pull(pull.at(), pull.who(), pull.asked(), figures.get(id))));
            return listed;
        });
    }

    /** A figure's key as the record stores it: the day '' for a whole-strike figure, the metric by its id. */
    static Figure.Key key(String strikeId, String orgCode, String day, String metric) {
        return new Figure.Key(
                strikeId,
                orgCode,
                day.isEmpty() ? null : LocalDate.parse(day),
                Metric.byId(metric).orElseThrow());
    }

    /**
     * Deletes the pulls made before {@code cutoff}, and the sets of figures no pull shows any more; returns how many
     * pulls.
     */
    int forget(Connection connection, Instant cutoff) throws SQLException {
        int forgotten;
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM pulls WHERE pulled_at < ?")) {
            delete.setString(1, cutoff.toString());
            forgotten = delete.executeUpdate();
        }
        if (forgotten > 0) {
            FigureSets.forgetUnused(connection);
        }
        return forgotten;
    }
}
