package org.strikedesk.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Work that must be committed together with an import that changed figures, such as the posts it owes. It runs
 * inside the import's transaction: if it fails, the import is rolled back. An import the plausibility gate held is
 * announced with {@link #held}, and its fate later with {@link #approved} or {@link #rejected}, each inside the
 * transaction that makes it so.
 */
@FunctionalInterface
public interface ImportListener {
    /** Figures were added or revised and are published. */
    void imported(Connection connection, ImportReport.Imported report) throws SQLException;

    /** Figures were stored but held for an editor; nothing is published yet. */
    default void held(Connection connection, ImportReport.Held report) throws SQLException {}

    /** An editor approved a held import, and its figures are now published. */
    default void approved(Connection connection, Approval approval) throws SQLException {}

    /** An editor rejected a held import: its figures are withdrawn and never published. */
    default void rejected(Connection connection, HeldImport rejected) throws SQLException {}

    /**
     * A held import, published on an editor's word.
     *
     * @param held the import, as decided
     * @param changes what its figures changed now, against the figures then current
     * @param asHeld whether those are exactly the changes it would have made when it was held; they differ when
     *     another import changed the same figures while it waited
     */
    record Approval(HeldImport held, List<FigureChange> changes, boolean asHeld) {
        public Approval {
            changes = List.copyOf(changes);
        }
    }
}
