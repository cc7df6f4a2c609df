package org.strikedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Metric;
import org.strikedesk.figures.StrikeCalendar;
import org.strikedesk.store.Database;
import org.strikedesk.store.StoreException;

/**
 * The two threads of an import that writes while it reads, when one of them fails: the other must stop, and the
 * failure must reach the importer as it happened. Synthetic figures, made here, into a store with no strikes.
 */
@Timeout(60) // a reading thread that is never stopped would keep its import waiting for ever
class ReadAheadTest {
    private static final StrikeCalendar NO_STRIKES = new StrikeCalendar(List.of());

    @TempDir
    Path folder;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("store.db"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Figure figure(int n) {
        return new Figure(
                "synthetic-strike",
                "R" + n,
                null,
                Metric.INPATIENT_RESCHEDULED,
                n,
                "https://example.org/synthetic/read-ahead",
                null);
    }

    private static boolean readingThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("import-reading") && thread.isAlive());
    }

    @DisplayName("A file that cannot be read part-way: the import gets the reading's own IOException, rolled back")
    @Test
    void unreadable() {
        IOException gone = new IOException("synthetic: the disk went away");
        ReadAhead reading = new ReadAhead(
                accepted -> {
                    accepted.accept(figure(1));
                    throw gone;
                },
                database,
                ImportGate.NONE,
                1,
                true);

        assertThatThrownBy(() -> database.transaction(
                        connection -> reading.writeWhileReading(connection, Instant.EPOCH, NO_STRIKES)))
                .isInstanceOf(ReadAhead.UnreadableFile.class)
                .cause()
                .isSameAs(gone);
        assertThat(readingThreadAlive()).isFalse();
    }

    @DisplayName("A write that fails stops the reading at its next figure, and the write's failure is what is thrown")
    @Test
    void writeFails() {
        AtomicInteger handed = new AtomicInteger();
        AtomicBoolean stopped = new AtomicBoolean();
        ReadAhead reading = new ReadAhead(
                accepted -> {
                    try {
                        // A file without end: only a stop from the importing thread ends it.
                        while (true) {
                            accepted.accept(figure(handed.incrementAndGet()));
                        }
                    } finally {
                        stopped.set(true);
                    }
                },
                database,
                ImportGate.NONE,
                1,
                true);

        // The store has no strike "synthetic-strike" and no import 1: the first part's write breaks their references.
        assertThatThrownBy(() -> database.transaction(
                        connection -> reading.writeWhileReading(connection, Instant.EPOCH, NO_STRIKES)))
                .isInstanceOf(StoreException.class)
                .hasStackTraceContaining("FOREIGN KEY constraint failed");
        assertThat(stopped).isTrue();
        assertThat(readingThreadAlive()).isFalse();
        assertThat(handed.get()).isGreaterThanOrEqualTo(ReadAhead.PART);
        Map<Figure.Key, FigureWriter.Held> written = database.read(
                connection -> FigureWriter.current(connection, Set.of(figure(1).scope())));
        assertThat(written).isEmpty();
    }
}
