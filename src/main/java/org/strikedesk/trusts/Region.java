package org.strikedesk.trusts;

import java.util.Arrays;
import java.util.Optional;

/** NHS England's regions, by the national grouping code the trust register uses. */
public enum Region {
    LONDON("Y56", "London"),
    SOUTH_WEST("Y58", "South West"),
    SOUTH_EAST("Y59", "South East"),
    MIDLANDS("Y60", "Midlands"),
    EAST_OF_ENGLAND("Y61", "East of England"),
    NORTH_WEST("Y62", "North West"),
    NORTH_EAST_AND_YORKSHIRE("Y63", "North East and Yorkshire"),
    WALES("W00", "Wales");

    private final String code;
    private final String displayName;

    Region(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    /** The name as running text uses it: "in London", "in the Midlands", "in the North West". */
    public String inText() {
        return this == LONDON || this == WALES ? displayName : "the " + displayName;
    }

    /** Whether the region is part of England (the register also lists three Welsh bodies). */
    public boolean inEngland() {
        return this != WALES;
    }

    public static Optional<Region> byCode(String code) {
        return Arrays.stream(values())
                .filter(r -> r.code.equalsIgnoreCase(code))
                .findFirst();
    }
}
