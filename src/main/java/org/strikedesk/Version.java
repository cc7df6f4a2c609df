package org.strikedesk;

/** The version StrikeDesk was built as, from its jar's manifest. */
public final class Version {
    private Version() {}

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
