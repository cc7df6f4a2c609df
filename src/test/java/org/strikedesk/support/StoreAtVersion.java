package org.strikedesk.support;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A store migrated only up to an earlier schema version, as an older StrikeDesk left it, for tests of the migration
 * that follows: the test writes rows in the old shape, then opens the store with {@code Database.open}, which migrates
 * it the rest of the way.
 */
public final class StoreAtVersion {
    private StoreAtVersion() {}

    /** Creates the store at {@code file} with the migrations up to {@code version}, and returns a way in to it. */
    public static DataSource create(Path file, int version) {
        SQLiteConfig settings = new SQLiteConfig();
        settings.enforceForeignKeys(true);
        SQLiteDataSource source = new SQLiteDataSource(settings);
        source.setUrl("jdbc:sqlite:" + file);
        Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/migration")
                .target(Integer.toString(version))
                .load()
                .migrate();
        return source;
    }
}
