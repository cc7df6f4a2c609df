package org.strikedesk.store;

/** Whether a file can be used as a StrikeDesk store: as a backup to restore, or a copy just written. */
public sealed interface StoreCheck {

    /** A StrikeDesk store that passes SQLite's integrity check, of a schema this version knows. */
    record Usable(StoreSummary summary) implements StoreCheck {}

    /**
     * Not one: the reason is a sentence for the person who named the file ("is not an SQLite database").
     *
     * @param reason what is wrong with it, said of the file without naming it
     */
    record Unusable(String reason) implements StoreCheck {}
}
