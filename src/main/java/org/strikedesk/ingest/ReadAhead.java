package org.strikedesk.ingest;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.StrikeCalendar;
import org.strikedesk.ingest.validate.Validated;
import org.strikedesk.store.Database;
import org.strikedesk.store.StoreException;

/**
 * Reads, validates and plans an import on a thread of its own while the importing thread writes: the writes of each
 * part of the file's valid figures are handed over as soon as the part is planned; once the file is read whole its
 * validation and whole plan follow, and then the gate's findings, worked out here while the importing thread works out
 * the acute figures the import leaves hidden. The two threads together take about as long as the longer of reading
 * and writing, where one thread took both in turn.
 *
 * <p>What the figures replace is read on a reader connection, which sees the store as it was before the import (the
 * importing thread's writes are not committed, and no other import can commit while it holds the write lock). What
 * was written for a file found invalid later, or held by the gate, is rolled back by the importing thread.
 */
final class ReadAhead implements Runnable {
    /** Figures planned and handed over together: large enough that a part costs little, small enough to start soon. */
    static final int PART = 4_096;

    /**
     * What the importing thread is handed, in order: parts to write; then the file read whole; then, for a valid file
     * whose figures were planned, the gate's findings. A failure may come instead of any of them, and ends them.
     */
    sealed interface Step {
        /**
         * What to write for the next part of the file.
         *
         * @param writes the part's writes
         */
        record Part(ImportPlan.Writes writes) implements Step {}

        /**
         * The file is read whole.
         *
         * @param validated the file's validation, whole-file checks included
         * @param plan the whole plan, when the file is valid and its figures were planned (empty otherwise)
         * @param before the figures held before the import in every scope the plan touches
         * @param checking whether the gate's findings follow: the file is valid and its figures were planned
         */
        record Read(Validated validated, ImportPlan plan, Map<Figure.Key, FigureWriter.Held> before, boolean checking)
                implements Step {}

        /**
         * The gate has looked at the plan's changes.
         *
         * @param findings what it found; empty when nothing looks wrong
         */
        record Checked(List<Finding> findings) implements Step {}

        /**
         * Reading failed: the file could not be read, or the store not read.
         *
         * @param cause why
         */
        record Failed(Throwable cause) implements Step {}
    }

    /** Reads and validates a file, handing each figure it accepts to {@code accepted} until it finds an error. */
    @FunctionalInterface
    interface Validation {
        Validated validate(Consumer<Figure> accepted) throws IOException;
    }

    private final Validation validation;
    private final Database database;
    private final ImportGate gate;
    private final boolean planning;
    private final ImportPlan plan;
    private final BlockingQueue<Step> steps = new LinkedBlockingQueue<>();
    private final Map<Figure.Key, FigureWriter.Held> before = new HashMap<>();
    private final Set<Figure.Scope> looked = new HashSet<>();
    private final List<Figure> part = new ArrayList<>(PART);
    private volatile boolean cancelled;

    /**
     * @param validation the reading and validating of the file
     * @param database where the figures held before the import are read
     * @param gate the plausibility gate
     * @param importId the import's id
     * @param planning false when nothing is to be written (a file imported before): it is then only validated
     */
    ReadAhead(Validation validation, Database database, ImportGate gate, long importId, boolean planning) {
        this.validation = validation;
        this.database = database;
        this.gate = gate;
        this.planning = planning;
        this.plan = new ImportPlan(importId);
    }

    @Override
    public void run() {
        try {
            Validated validated = validation.validate(this::accepted);
            boolean checking = validated.ok() && planning;
            if (checking && !part.isEmpty()) {
                planPart();
            }
            steps.add(new Step.Read(validated, plan, Collections.unmodifiableMap(before), checking));
            if (checking) {
                List<FigureChange> changes = plan.changes();
                steps.add(new Step.Checked(changes.isEmpty() ? List.of() : gate.check(changes)));
            }
        } catch (Throwable e) {
            // Every failure, even an Error, must reach the importing thread, which waits for a step.
            steps.add(new Step.Failed(e));
        }
    }

    /** The next step, waiting for it. */
    private Step next() throws InterruptedException {
        return steps.take();
    }

    /** Stops reading at the next figure: the importing thread has given up. */
    private void cancel() {
        cancelled = true;
    }

    private void accepted(Figure figure) {
        if (cancelled) {
            throw new CancellationException("the import stopped");
        }
        if (!planning) {
            return;
        }
        part.add(figure);
        if (part.size() == PART) {
            planPart();
        }
    }

    /** Plans the figures read since the last part, against what the store held before, and hands over the writes. */
    private void planPart() {
        Set<Figure.Scope> fresh = new HashSet<>();
        for (Figure figure : part) {
            if (looked.add(figure.scope())) {
                fresh.add(figure.scope());
            }
        }
        if (!fresh.isEmpty()) {
            before.putAll(database.read(connection -> FigureWriter.current(connection, fresh)));
        }
        steps.add(new Step.Part(plan.add(List.copyOf(part), before)));
        part.clear();
    }

    /**
     * A file read on its own thread while its figures were written.
     *
     * @param validated its validation
     * @param plan what it changes (empty unless it is valid and was planned)
     * @param findings the gate's findings on the changes
     * @param hidden the acute figures replies will not show once the changes are made
     */
    record Outcome(
            Validated validated, ImportPlan plan, List<Finding> findings, List<ImportNotices.AcuteNotShown> hidden) {}

    /**
     * Writes each part of the figures as it is handed over, reading on a thread of its own, until the
     * file is read whole; then works out the acute figures left hidden while the reading thread runs the gate. If
     * writing fails, reading is stopped before the failure goes on.
     */
    Outcome writeWhileReading(Connection connection, Instant at, StrikeCalendar calendar) throws SQLException {
        Thread thread = new Thread(this, "import-reading");
        thread.setDaemon(true);
        thread.start();
        boolean done = false;
        try (FigureWriter writer = new FigureWriter(connection, plan.importId(), at)) {
            Step.Read read = null;
            List<ImportNotices.AcuteNotShown> hidden = List.of();
            while (true) {
                Step step = next();
                if (step instanceof Step.Part part) {
                    part.writes().write(writer);
                } else if (step instanceof Step.Read whole) {
                    read = whole;
                    if (!whole.checking()) {
                        done = true;
                        return new Outcome(whole.validated(), whole.plan(), List.of(), List.of());
                    }
                    hidden = HiddenAcuteFigures.after(
                            whole.before(), whole.plan().changes(), calendar);
                } else if (step instanceof Step.Checked checked && read != null) {
                    done = true;
                    return new Outcome(read.validated(), read.plan(), checked.findings(), hidden);
                } else if (step instanceof Step.Failed failed) {
                    done = true;
                    throw rethrown(failed.cause());
                } else {
                    throw new IllegalStateException("a step out of order: " + step);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while importing", e);
        } finally {
            if (!done) {
                cancel();
            }
            joinQuietly(thread);
        }
    }

    /** A failure of the reading thread, as the importing thread throws it. */
    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof IOException io) {
            return new UnreadableFile(io);
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private static void joinQuietly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A file that could not be read, carried out of the transaction that was rolled back for it. */
    static final class UnreadableFile extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableFile(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
