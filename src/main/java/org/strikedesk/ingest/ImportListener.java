package org.strikedesk.ingest;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work that must be committed together with an import that changed figures, such as the posts it owes. It runs
 * inside the import's transaction: if it fails, the import is rolled back.
 */
@FunctionalInterface
public interface ImportListener {
    void imported(Connection connection, ImportReport.Imported report) throws SQLException;
}
