package org.strikedesk.store;

import java.time.Instant;
import java.util.Optional;

/**
 * What a StrikeDesk store holds, in brief: enough to tell a person which copy they are looking at.
 *
 * @param schemaVersion the newest migration applied to it
 * @param figures how many figures it holds
 * @param imports how many imports it has recorded (accepted or rejected)
 * @param lastImport when the newest import was recorded, if any was
 */
public record StoreSummary(int schemaVersion, long figures, long imports, Optional<Instant> lastImport) {

    /** "12,345 figures, 17 imports, the last at 2026-11-29T14:00:00Z". */
    public String describe() {
        return String.format("%,d figures, %,d imports", figures, imports)
                + lastImport.map(at -> ", the last at " + at).orElse("");
    }
}
