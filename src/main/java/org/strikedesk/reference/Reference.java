package org.strikedesk.reference;

import org.strikedesk.figures.StrikeCalendar;
import org.strikedesk.figures.StrikeResolver;
import org.strikedesk.trusts.TrustDirectory;
import org.strikedesk.trusts.TrustResolver;

/**
 * The directory and the strike calendar as loaded, with the resolvers built on them. The calendar can change while
 * StrikeDesk runs, when a strikes file is imported: readers ask for it each time rather than keep it.
 */
public final class Reference {
    private final TrustDirectory directory;
    private final TrustResolver trusts;
    private volatile Strikes strikes;

    private Reference(TrustDirectory directory, StrikeCalendar calendar) {
        this.directory = directory;
        this.trusts = new TrustResolver(directory);
        this.strikes = new Strikes(calendar, new StrikeResolver(calendar));
    }

    public static Reference of(TrustDirectory directory, StrikeCalendar calendar) {
        return new Reference(directory, calendar);
    }

    /** Trusts, regions, aliases and sites. */
    public TrustDirectory directory() {
        return directory;
    }

    /** Turns typed names into organisations. */
    public TrustResolver trusts() {
        return trusts;
    }

    /** Every strike, as the calendar stands now. */
    public StrikeCalendar calendar() {
        return strikes.calendar();
    }

    /** Turns typed strike options into strikes of the calendar as it stands now. */
    public StrikeResolver strikes() {
        return strikes.resolver();
    }

    /** Puts a new calendar in place, with its resolver: after a strikes file is imported. */
    public void replaceCalendar(StrikeCalendar calendar) {
        strikes = new Strikes(calendar, new StrikeResolver(calendar));
    }

    /** The calendar and its resolver, replaced together. */
    private record Strikes(StrikeCalendar calendar, StrikeResolver resolver) {}
}
