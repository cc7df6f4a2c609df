package org.strikedesk.ingest;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.strikedesk.figures.Figure;

/**
 * What an import's figures would do to the figures held: which are new, which revise a value, which are the same,
 * and which come from a publication older than the one held. It is worked out part by part as the figures are read
 * ({@link #add}), each part giving what to write for it, and whole for the plausibility gate ({@link #changes}).
 */
final class ImportPlan {
    private final long importId;
    private final List<FigureChange> changes = new ArrayList<>();
    private final List<ImportNotices.Superseded> older = new ArrayList<>();
    private int added;
    private int revised;
    private int unchanged;
    private int superseded;
    /** What {@link #of} planned, for {@link #write}. */
    private Writes writes = new Writes(List.of(), List.of());

    /** An empty plan for import {@code importId}. */
    ImportPlan(long importId) {
        this.importId = importId;
    }

    /** The import the plan is for. */
    long importId() {
        return importId;
    }

    /**
     * The plan for {@code incoming}, brought by import {@code importId}, against the figures {@code held}.
     *
     * @param incoming the figures read
     * @param held the figures held for the same keys, with the imports that brought them
     * @param importId the import bringing {@code incoming}
     */
    static ImportPlan of(List<Figure> incoming, Map<Figure.Key, FigureWriter.Held> held, long importId) {
        ImportPlan plan = new ImportPlan(importId);
        plan.writes = plan.add(incoming, held);
        return plan;
    }

    /**
     * Plans more of the import's figures.
     *
     * @param incoming figures read, none of them planned before
     * @param held the figures held before the import for their keys (at least), with the imports that brought them
     * @return what to write for them
     */
    Writes add(List<Figure> incoming, Map<Figure.Key, FigureWriter.Held> held) {
        List<Figure> current = new ArrayList<>();
        List<Archived> archived = new ArrayList<>();
        for (Figure figure : incoming) {
            FigureWriter.Held before = held.get(figure.key());
            if (before == null) {
                current.add(figure);
                changes.add(new FigureChange(null, figure));
                added++;
            } else if (before.figure().value() == figure.value()) {
                unchanged++;
            } else if (isNewer(figure, importId, before)) {
                archived.add(new Archived(before.figure(), before.importId(), importId));
                current.add(figure);
                changes.add(new FigureChange(before.figure(), figure));
                revised++;
            } else {
                archived.add(new Archived(figure, importId, before.importId()));
                older.add(new ImportNotices.Superseded(figure, before.figure()));
                superseded++;
            }
        }
        return new Writes(archived, current);
    }

    /**
     * The newer publication wins; without two different dates to compare, the later import does. An import is
     * usually later than the one that brought the figure held, but an approved held import may not be.
     */
    private static boolean isNewer(Figure incoming, long importId, FigureWriter.Held held) {
        Figure current = held.figure();
        if (incoming.published() != null
                && current.published() != null
                && !incoming.published().equals(current.published())) {
            return incoming.published().isAfter(current.published());
        }
        return importId > held.importId();
    }

    /** Writes what {@link #of} planned. */
    void write(FigureWriter writer) throws SQLException {
        writes.write(writer);
    }

    /** Each figure added or revised, in the order read. */
    List<FigureChange> changes() {
        return List.copyOf(changes);
    }

    /** The rows older than the figures held. */
    List<ImportNotices.Superseded> older() {
        return List.copyOf(older);
    }

    ImportReport.Counts counts(int rows) {
        return new ImportReport.Counts(rows, added, revised, unchanged, superseded);
    }

    /**
     * What part of a plan changes in the store.
     *
     * @param archived values that leave the current figures (or arrive too late to join them), for the history
     * @param current new current values
     */
    record Writes(List<Archived> archived, List<Figure> current) {
        Writes {
            archived = List.copyOf(archived);
            current = List.copyOf(current);
        }

        /** Writes them: the values replaced into the history, the new ones into the figures. */
        void write(FigureWriter writer) throws SQLException {
            for (Archived old : archived) {
                writer.archive(old.figure(), old.broughtBy(), old.supersededBy());
            }
            for (Figure figure : current) {
                writer.put(figure);
            }
            writer.flush();
        }
    }

    /** A value no longer current, with the import that brought it and the one that replaced it. */
    record Archived(Figure figure, long broughtBy, long supersededBy) {}
}
