package org.strikedesk.ingest;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.strikedesk.figures.Figure;

/**
 * What an import's figures would do to the figures held: which are new, which revise a value, which are the same,
 * and which come from a publication older than the one held. It is worked out before anything is written, so the
 * plausibility gate can look at the changes first; {@link #write} then makes them.
 */
final class ImportPlan {
    private final List<FigureChange> changes = new ArrayList<>();
    private final List<Figure> current = new ArrayList<>();
    private final List<Archived> archived = new ArrayList<>();
    private final List<ImportNotices.Superseded> older = new ArrayList<>();
    private int added;
    private int revised;
    private int unchanged;
    private int superseded;

    private ImportPlan() {}

    /**
     * The plan for {@code incoming}, brought by import {@code importId}, against the figures {@code held}.
     *
     * @param incoming the figures read
     * @param held the figures held for the same keys, with the imports that brought them
     * @param importId the import bringing {@code incoming}
     */
    static ImportPlan of(List<Figure> incoming, Map<Figure.Key, FigureWriter.Held> held, long importId) {
        ImportPlan plan = new ImportPlan();
        for (Figure figure : incoming) {
            plan.count(figure, held.get(figure.key()), importId);
        }
        return plan;
    }

    private void count(Figure figure, FigureWriter.Held held, long importId) {
        if (held == null) {
            current.add(figure);
            changes.add(new FigureChange(null, figure));
            added++;
        } else if (held.figure().value() == figure.value()) {
            unchanged++;
        } else if (isNewer(figure, importId, held)) {
            archived.add(new Archived(held.figure(), held.importId(), importId));
            current.add(figure);
            changes.add(new FigureChange(held.figure(), figure));
            revised++;
        } else {
            archived.add(new Archived(figure, importId, held.importId()));
            older.add(new ImportNotices.Superseded(figure, held.figure()));
            superseded++;
        }
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

    /** Writes what the plan changes: new current values, and the values they replace into the history. */
    void write(FigureWriter writer) throws SQLException {
        for (Archived old : archived) {
            writer.archive(old.figure(), old.broughtBy(), old.supersededBy());
        }
        for (Figure figure : current) {
            writer.put(figure);
        }
        writer.flush();
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

    /** A value no longer current, with the import that brought it and the one that replaced it. */
    private record Archived(Figure figure, long broughtBy, long supersededBy) {}
}
