package org.strikedesk;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.strikedesk.store.StoreCopies;
import org.strikedesk.store.StoreException;
import org.strikedesk.store.StoreSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code backup FILE}: a consistent copy of the store, safe to take while the bot runs and imports. The store is only
 * read: it is not migrated and its reference data is not reloaded.
 */
@Command(
        name = "backup",
        description = "Write a consistent copy of the store to FILE (safe while the bot runs); FILE must be new")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    Locations locations;

    @Parameters(paramLabel = "FILE", description = "Where the copy goes; a new file")
    Path file;

    @Override
    public Integer call() {
        Logging.quiet();
        Path store = locations.store();
        try {
            StoreSummary summary = StoreCopies.backup(store, file);
            System.out.println("Backed up " + store + " to " + file + ": " + summary.describe() + ".");
            return 0;
        } catch (StoreException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
