package org.strikedesk.reference;

import org.strikedesk.figures.StrikeCalendar;
import org.strikedesk.figures.StrikeResolver;
import org.strikedesk.trusts.TrustDirectory;
import org.strikedesk.trusts.TrustResolver;

/**
 * The directory and the strike calendar as loaded, with the resolvers built on them.
 *
 * @param directory trusts, regions, aliases and sites
 * @param trusts turns typed names into organisations
 * @param calendar every strike
 * @param strikes turns typed strike options into strikes
 */
public record Reference(
        TrustDirectory directory, TrustResolver trusts, StrikeCalendar calendar, StrikeResolver strikes) {

    public static Reference of(TrustDirectory directory, StrikeCalendar calendar) {
        return new Reference(directory, new TrustResolver(directory), calendar, new StrikeResolver(calendar));
    }
}
