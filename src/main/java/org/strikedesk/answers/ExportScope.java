package org.strikedesk.answers;

import java.util.Optional;
import org.strikedesk.figures.Figure;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.Region;

/**
 * What an export covers: one organisation's own figures (a trust, a region or England), the trusts of a region with
 * the region's own figures, or every figure held.
 *
 * @param org the organisation named with {@code trust:}, if any
 * @param area England, or the region named with {@code region:}
 */
record ExportScope(Optional<Organisation> org, Area area) {

    /** Whether a figure for this organisation code is in the export. */
    boolean includes(String orgCode) {
        if (org.isPresent()) {
            return org.get().code().equals(orgCode);
        }
        Optional<Region> region = area.region();
        return region.isEmpty() || region.get().code().equals(orgCode) || area.hasTrust(orgCode);
    }

    boolean includes(Figure figure) {
        return includes(figure.orgCode());
    }

    /** "RWH", "Y56", or empty for everything: what a file name says it holds. */
    Optional<String> code() {
        return org.map(Organisation::code).or(() -> area.region().map(Region::code));
    }

    /** "East and North Hertfordshire NHS Trust", "the London region and its trusts", "every organisation". */
    String describe() {
        return org.map(Organisation::displayName)
                .or(() -> area.region().map(r -> "the " + r.displayName() + " region and its trusts"))
                .orElse("every organisation");
    }
}
