package org.strikedesk.ingest;

import java.util.List;

/**
 * Checks an import's changes before they are published. An import with findings is stored but held: its figures
 * are not shown and its posts wait until an editor approves it. The gate runs inside the import, while no other
 * import can change the figures it compares against.
 */
@FunctionalInterface
public interface ImportGate {
    /** A gate that holds nothing. */
    ImportGate NONE = changes -> List.of();

    /**
     * What looks wrong in these changes, judged against the figures published so far; empty when nothing does.
     *
     * @param changes each figure the import would add or revise
     */
    List<Finding> check(List<FigureChange> changes);
}
