package org.strikedesk.figures;

import java.util.List;

/** What a strike option asked for. */
public sealed interface StrikeChoice {

    /** One strike. */
    record One(Strike strike) implements StrikeChoice {}

    /** Every strike. */
    record All() implements StrikeChoice {}

    /** The latest strike with figures for what is being asked about (also the default). */
    record Latest() implements StrikeChoice {}

    /**
     * No one strike fits.
     *
     * @param input what was typed
     * @param suggestions the closest strikes, newest first
     * @param ambiguous true when several fit, false when none does
     */
    record NotFound(String input, List<Strike> suggestions, boolean ambiguous) implements StrikeChoice {}
}
