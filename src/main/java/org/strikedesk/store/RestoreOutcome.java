package org.strikedesk.store;

import java.nio.file.Path;
import java.util.Optional;

/** What a restore did, or why it did nothing. */
public sealed interface RestoreOutcome {

    /**
     * The backup is now the store.
     *
     * @param summary what the store now holds
     * @param previous where the store it replaced was kept, if there was one
     */
    record Restored(StoreSummary summary, Optional<Path> previous) implements RestoreOutcome {}

    /** Nothing was changed; {@code reason} is a sentence for the person restoring. */
    record Refused(String reason) implements RestoreOutcome {}
}
