package org.strikedesk.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.figures.Figure;
import org.strikedesk.store.Database;

/**
 * An editor's decision on an import the plausibility gate held: approved, its figures are applied as any import's
 * are, against the figures current then, and its posts released; rejected, they are never published and its posts
 * never sent, and stay in the history as what was refused, with who refused them and when.
 */
final class ImportReviews {
    private static final Logger log = LoggerFactory.getLogger(ImportReviews.class);

    private final Database database;
    private final Clock clock;
    private final List<ImportListener> listeners;
    private final Runnable committed;

    /**
     * @param listeners told of each decision in its transaction (the importer's own list, so later additions count)
     * @param committed run once a decision is committed
     */
    ImportReviews(Database database, Clock clock, List<ImportListener> listeners, Runnable committed) {
        this.database = database;
        this.clock = clock;
        this.listeners = listeners;
        this.committed = committed;
    }

    ReviewDecision approve(long importId, String by) {
        ReviewDecision decision = database.transaction(connection -> {
            Optional<HeldImport> held = HeldImports.read(connection, importId);
            if (held.isEmpty() || held.get().status() != HeldImport.Status.HELD) {
                return ReviewDecision.undecided(importId, held);
            }
            Instant now = clock.instant();
            boolean asHeld = !HeldImports.changedSince(connection, importId);
            List<Figure> figures = HeldImports.figures(connection, importId);
            ImportPlan plan = ImportPlan.of(figures, FigureWriter.currentFor(connection, figures), importId);
            try (FigureWriter writer = new FigureWriter(connection, importId, now)) {
                plan.write(writer);
            }
            HeldImports.decide(connection, importId, HeldImport.Status.APPROVED, by, now);
            HeldImport approved = HeldImports.read(connection, importId).orElseThrow();
            ImportListener.Approval approval = new ImportListener.Approval(approved, plan.changes(), asHeld);
            for (ImportListener listener : listeners) {
                listener.approved(connection, approval);
            }
            return ReviewDecision.approved(approved, plan.changes());
        });
        decided(decision);
        return decision;
    }

    ReviewDecision reject(long importId, String by) {
        ReviewDecision decision = database.transaction(connection -> {
            Optional<HeldImport> held = HeldImports.read(connection, importId);
            if (held.isEmpty() || held.get().status() != HeldImport.Status.HELD) {
                return ReviewDecision.undecided(importId, held);
            }
            HeldImports.decide(connection, importId, HeldImport.Status.REJECTED, by, clock.instant());
            HeldImport rejected = HeldImports.read(connection, importId).orElseThrow();
            for (ImportListener listener : listeners) {
                listener.rejected(connection, rejected);
            }
            return ReviewDecision.rejected(rejected);
        });
        decided(decision);
        return decision;
    }

    private void decided(ReviewDecision decision) {
        if (decision.outcome() == ReviewDecision.Outcome.APPROVED
                || decision.outcome() == ReviewDecision.Outcome.REJECTED) {
            log.info(
                    "Import #{} {} by {}",
                    decision.importId(),
                    decision.outcome().word(),
                    decision.by());
            committed.run();
        }
    }
}
