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
     * @param suggestions the closest organisations, best first
     * @param ambiguous true when several fit equally well, false when nothing fits
     */
    record NotFound(String input, List<TrustMatch> suggestions, boolean ambiguous) implements Resolution {}
}
