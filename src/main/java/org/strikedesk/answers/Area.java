package org.strikedesk.answers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.strikedesk.figures.Strike;
import org.strikedesk.reference.Reference;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.Region;

/** England or one of its regions, and the trusts in it: what /top ranks and /export tabulates. */
final class Area {
    private final Reference reference;
    private final Optional<Region> region;

    Area(Reference reference, Optional<Region> region) {
        this.reference = reference;
        this.region = region;
    }

    Optional<Region> region() {
        return region;
    }

    /** "England", "London", "East of England", as a heading says it. */
    String name() {
        return region.map(Region::displayName).orElse("England");
    }

    /** "England", "London", "the Midlands", as running text says it. */
    String inText() {
        return region.map(Region::inText).orElse("England");
    }

    /** Whether the organisation is a trust in the area (England's trusts, not the Welsh bodies in the register). */
    boolean hasTrust(Organisation org) {
        return org.isTrust()
                && org.region() != null
                && region.map(r -> org.region() == r).orElse(org.region().inEngland());
    }

    /** Whether the code is that of a trust in the area. */
    boolean hasTrust(String code) {
        return reference.directory().byCode(code).filter(this::hasTrust).isPresent();
    }

    /** Strikes with figures for at least one trust in the area, newest first. */
    List<Strike> strikesWithTrustFigures(Map<String, Set<String>> coverage) {
        return reference.calendar().newestFirst().stream()
                .filter(s -> coverage.getOrDefault(s.id(), Set.of()).stream().anyMatch(this::hasTrust))
                .toList();
    }

    /**
     * Why there is nothing to show: no trust in the area has a count for the strike (or any figures at all), and the
     * strikes that have trust figures there.
     */
    Reply noTrustFigures(String title, Optional<Strike> strike, Map<String, Set<String>> coverage) {
        List<String> withFigures = strikesWithTrustFigures(coverage).stream()
                .map(s -> "\u2022 " + s.name() + ", " + HouseStyle.days(s.days()) + " (strike:" + s.id() + "): "
                        + trusts(coverage.get(s.id()).stream()
                                .filter(this::hasTrust)
                                .count()))
                .toList();
        String where = region.map(r -> " in " + r.inText()).orElse("");
        String intro = strike.map(s -> "No trust" + where + " has a published count of rescheduled appointments for"
                        + " the " + s.name() + " of " + HouseStyle.days(s.days()) + ".")
                .orElse("No trust" + where + " has published figures yet.");
        String others = withFigures.isEmpty()
                ? ""
                : "\nTrust figures" + where + " exist for:\n" + String.join("\n", withFigures);
        return Reply.builder(Reply.Tone.WARNING)
                .title(title)
                .text(intro + others)
                .build();
    }

    private static String trusts(long count) {
        return count == 1 ? "1 trust" : count + " trusts";
    }
}
