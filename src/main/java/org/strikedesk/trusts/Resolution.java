package org.strikedesk.trusts;

import java.util.List;

/** The outcome of turning typed text into one organisation. */
public sealed interface Resolution {

    /** The text means this organisation. */
    record Found(Organisation organisation, TrustMatch match) implements Resolution {}

    /**
     * The text means no one organisation; {@code suggestions} are the closest, best first (possibly none).
     *
     * @param input what was typed
     * @param suggestions every organisation that fits, best first, when several do; else the closest few
     * @param ambiguous true when several fit equally well, false when nothing fits
     */
    record NotFound(String input, List<TrustMatch> suggestions, boolean ambiguous) implements Resolution {}

    /**
     * The text names an NHS body outside England, which NHS England's figures do not cover.
     *
     * @param input what was typed
     * @param name the body's official name, e.g. NHS Tayside, or the nation's when the text names one
     * @param nation where it is: Wales, Scotland or Northern Ireland
     */
    record OutOfScope(String input, String name, String nation) implements Resolution {
        /** "StrikeDesk covers NHS trusts in England; NHS Tayside is in Scotland." */
        public String explanation() {
            return name.equals(nation)
                    ? "StrikeDesk covers NHS trusts in England, not in " + nation + "."
                    : "StrikeDesk covers NHS trusts in England; " + name + " is in " + nation + ".";
        }
    }
}
