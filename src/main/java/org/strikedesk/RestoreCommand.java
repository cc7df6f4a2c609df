package org.strikedesk;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.strikedesk.store.RestoreOutcome;
import org.strikedesk.store.StoreCopies;
import org.strikedesk.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code restore FILE}: puts a backup in the store's place, once the backup has been checked and nothing has the
 * store open. The store it replaces is kept beside it.
 */
@Command(
        name = "restore",
        description = "Replace the store with the backup FILE (stop the bot first); the old store is kept beside it")
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    Locations locations;

    @Parameters(paramLabel = "FILE", description = "A backup written by the backup command or the scheduled backups")
    Path file;

    @Override
    public Integer call() {
        Logging.quiet();
        Path store = locations.store();
        try {
            RestoreOutcome outcome = StoreCopies.restore(file, store);
            if (outcome instanceof RestoreOutcome.Restored restored) {
                System.out.println("Restored " + file + " into " + store + ": "
                        + restored.summary().describe() + "."
                        + restored.previous()
                                .map(previous -> " The store it replaced is kept as " + previous + ".")
                                .orElse(""));
                return 0;
            }
            if (outcome instanceof RestoreOutcome.Refused refused) {
                System.err.println(refused.reason() + ".");
                return 1;
            }
            throw new IllegalStateException("A restore outcome with no meaning here: " + outcome);
        } catch (StoreException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
