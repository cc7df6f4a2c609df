package org.strikedesk.health;

import java.util.List;
import java.util.Optional;
import org.strikedesk.ingest.ImportRecord;
import org.strikedesk.ingest.poll.PollState;
import org.strikedesk.store.BackupSchedule;

/**
 * What the health report says of the store, read when it is asked for.
 *
 * @param lastImport the newest import recorded, accepted or rejected
 * @param postsWaiting posts not yet delivered
 * @param postsFailed posts given up on
 * @param pollFailing the polled URLs whose last attempt failed
 * @param lastBackup the newest scheduled backup this process took
 */
public record StoreHealth(
        Optional<ImportRecord> lastImport,
        int postsWaiting,
        int postsFailed,
        List<PollState> pollFailing,
        Optional<BackupSchedule.Backup> lastBackup) {

    public StoreHealth {
        pollFailing = List.copyOf(pollFailing);
    }
}
