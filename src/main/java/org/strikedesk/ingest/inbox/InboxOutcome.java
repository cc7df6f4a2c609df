package org.strikedesk.ingest.inbox;

import java.nio.file.Path;
import org.strikedesk.ingest.ImportReport;

/**
 * What became of one file in the inbox.
 *
 * @param name the file's name in the inbox, as a {@link org.strikedesk.ingest.FileLabel}
 * @param report the import's report, or null when the file could not be imported at all
 * @param movedTo where the file now is, or null when it could not be moved (it stays in the inbox)
 * @param problem why it could not be imported or moved, or empty
 */
public record InboxOutcome(String name, ImportReport report, Path movedTo, String problem) {

    public boolean rejected() {
        return report == null || report.rejected();
    }

    /** One line for a person: what changed, or why nothing did, and where the file went. */
    public String summary() {
        if (report == null) {
            return name + ": not imported: " + problem + (movedTo != null ? " -> " + movedTo : " (left in the inbox)");
        }
        return report.summary() + (movedTo != null ? " -> " + movedTo : " (left in the inbox: " + problem + ")");
    }
}
