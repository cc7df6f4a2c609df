package org.strikedesk.ingest;

import java.util.Arrays;

/** How a file reached the importer. */
public enum ImportRoute {
    /** The data shipped with StrikeDesk, loaded when it changes. */
    REFERENCE("reference"),
    /** {@code bin/strikedesk ingest FILE}. */
    COMMAND_LINE("command line"),
    /** A file dropped into the inbox folder. */
    INBOX("inbox"),
    /** A configured URL that changed. */
    URL("URL"),
    /** A file uploaded with {@code /ingest}. */
    UPLOAD("upload");

    private final String label;

    ImportRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The route the history records as {@code label}. */
    static ImportRoute byLabel(String label) {
        return Arrays.stream(values())
                .filter(route -> route.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown import route " + label));
    }
}
