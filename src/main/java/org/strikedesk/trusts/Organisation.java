package org.strikedesk.trusts;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something figures are published for: England as a whole, one of its regions, or a trust.
 *
 * @param code the ODS code, a region code, or {@code ENG}
 * @param name the official name in title case
 * @param kind England, region or trust
 * @param region the region a trust belongs to, or the region itself; null for England
 * @param opened when a trust opened, if known
 * @param closed when a trust closed, or null while it is open
 */
public record Organisation(
        String code,
        String name,
        Kind kind,
        @Nullable Region region,
        @Nullable LocalDate opened,
        @Nullable LocalDate closed) {

    public static final String ENGLAND_CODE = "ENG";
    public static final Organisation ENGLAND =
            new Organisation(ENGLAND_CODE, "England", Kind.ENGLAND, null, null, null);

    /** What sort of body an organisation is. */
    public enum Kind {
        ENGLAND,
        REGION,
        TRUST
    }

    public Organisation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** The organisation that stands for a whole region. */
    public static Organisation of(Region region) {
        return new Organisation(region.code(), region.displayName(), Kind.REGION, region, null, null);
    }

    public boolean isTrust() {
        return kind == Kind.TRUST;
    }

    public boolean isEngland() {
        return kind == Kind.ENGLAND;
    }

    /** The name as a reader sees it in a heading: regions say they are regions. */
    public String displayName() {
        return kind == Kind.REGION ? name + " region" : name;
    }
}
