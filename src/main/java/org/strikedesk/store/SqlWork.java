package org.strikedesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Work done with a connection the store lends for its duration.
 *
 * @param <T> what the work gives back
 */
@FunctionalInterface
public interface SqlWork<T extends @Nullable Object> {
    T run(Connection connection) throws SQLException;
}
