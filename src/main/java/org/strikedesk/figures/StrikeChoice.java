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
     * @param suggestions the strikes that fit (when several do), or the closest, newest first
     * @param reason why no one strike fits
     */
    record NotFound(String input, List<Strike> suggestions, Reason reason) implements StrikeChoice {
        public NotFound {
            suggestions = List.copyOf(suggestions);
        }

        /** True when several strikes fit. */
        public boolean ambiguous() {
            return reason == Reason.SEVERAL;
        }
    }

    /** Why a strike option names no one strike. */
    enum Reason {
        /** Nothing in the calendar is like it. */
        NONE,
        /** Several strikes fit it. */
        SEVERAL,
        /** Every date, month or year it names is before the calendar's first strike or after its last. */
        OUTSIDE_CALENDAR,
        /** It names a day (or days) within the calendar on which no strike was held. */
        NO_STRIKE_THEN
    }
}
