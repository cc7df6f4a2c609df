package org.strikedesk.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.commands.FigureUse;
import org.strikedesk.commands.Lookups;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.config.AuditConfig;
import org.strikedesk.config.ReviewConfig;
import org.strikedesk.ingest.Importer;
import org.strikedesk.reference.Reference;
import org.strikedesk.store.Database;

/**
 * Who used a figure, assembled: the record of pulls, the corrections found when a figure is revised (with their
 * notices to the editors' channel), {@code /corrections} and {@code /usage}, and the deletion of records older
 * than {@code audit.keep}.
 */
public final class Audit implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Audit.class);
    private static final Duration FORGET_EVERY = Duration.ofHours(1);

    private final AuditConfig config;
    private final Database database;
    private final Clock clock;
    private final Pulls pulls;
    private final Corrections corrections;
    private final CorrectionCards cards;

    public Audit(
            AuditConfig config,
            ReviewConfig review,
            Database database,
            Reference reference,
            Importer importer,
            Clock clock) {
        this.config = config;
        this.database = database;
        this.clock = clock;
        this.pulls = new Pulls(database, clock);
        this.cards = new CorrectionCards(reference);
        this.corrections = new Corrections(database, cards, review.editorsChannel(), clock, pulls);
        importer.addListener(corrections);
    }

    /** Where replies that show figures are recorded. */
    public FigureUse uses() {
        return pulls;
    }

    public Pulls pulls() {
        return pulls;
    }

    public Corrections corrections() {
        return corrections;
    }

    /** The editors' commands: {@code /corrections} and {@code /usage}. */
    public List<SlashCommand> commands(Lookups lookups) {
        return List.of(new CorrectionsCommand(corrections, cards), new UsageCommand(lookups, pulls, cards));
    }

    /**
     * Deletes pulls and corrections older than {@code audit.keep}; returns how many rows went. It writes only when
     * something is old enough, so that opening StrikeDesk to answer a question never waits for another's import.
     */
    public int forget() {
        Instant cutoff = clock.instant().minus(config.keep());
        pulls.flush();
        if (!database.read(connection -> anyBefore(connection, cutoff))) {
            return 0;
        }
        int forgotten = database.transaction(
                connection -> pulls.forget(connection, cutoff) + corrections.forget(connection, cutoff));
        if (forgotten > 0) {
            log.info("Deleted {} records of who used figures from before {} (audit.keep)", forgotten, cutoff);
        }
        return forgotten;
    }

    private static boolean anyBefore(Connection connection, Instant cutoff) throws SQLException {
        String sql = "SELECT EXISTS (SELECT 1 FROM pulls WHERE pulled_at < ?)"
                + " OR EXISTS (SELECT 1 FROM corrections WHERE made_at < ?)";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, cutoff.toString());
            query.setString(2, cutoff.toString());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    /** Deletes old records now and every hour, until the executor stops. */
    public void startForgetting(ScheduledExecutorService executor) {
        // Stopped by shutting the executor down; each round logs its own failure, so the future has nothing to add.
        var unused = executor.scheduleWithFixedDelay(
                () -> {
                    try {
                        forget();
                    } catch (RuntimeException e) {
                        log.error("Could not delete old records of who used figures; will try again", e);
                    }
                },
                0,
                FORGET_EVERY.toMinutes(),
                TimeUnit.MINUTES);
    }

    /** Writes the records of replies not yet written; the store must still be open. */
    @Override
    public void close() {
        pulls.close();
    }
}
