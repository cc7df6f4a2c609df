package org.strikedesk.ingest;

import java.util.regex.Pattern;

/**
 * A file's name as StrikeDesk shows and records it, whatever route the file came by: no folders, no control or
 * formatting characters, nothing that would be markdown or a mention in Discord, and at most {@value #MAX}
 * characters. A label is only ever a label; no file is opened or written by it.
 */
public final class FileLabel {
    /** The longest label, in characters. */
    public static final int MAX = 100;

    /** The longest extension kept whole when a label is cut, its dot included ({@code .xlsx} is five). */
    private static final int MAX_EXTENSION = 10;

    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N} ._()\\-+,&']");
    private static final Pattern ONLY_DOTS = Pattern.compile("[. ]*");

    private FileLabel() {}

    /** The label for {@code name}; {@code fallback} when nothing of it is left to show. */
    public static String of(String name, String fallback) {
        String label = name == null ? "" : name;
        label = label.substring(Math.max(label.lastIndexOf('/'), label.lastIndexOf('\\')) + 1);
        label = UNSAFE.matcher(label).replaceAll("_").strip();
        // "." and ".." name folders, not files; shown alone they would read as a path.
        return ONLY_DOTS.matcher(label).matches() ? fallback : clip(label);
    }

    /**
     * At most {@value #MAX} characters. A short extension is kept whole: readers are chosen by it, and a label that
     * lost its {@code .csv} would be refused as a file of no known kind.
     */
    private static String clip(String label) {
        if (label.codePointCount(0, label.length()) <= MAX) {
            return label;
        }
        int dot = label.lastIndexOf('.');
        String extension = dot > 0 && label.length() - dot <= MAX_EXTENSION ? label.substring(dot) : "";
        String stem = label.substring(0, label.length() - extension.length());
        int room = MAX - 1 - extension.length();
        return stem.substring(0, stem.offsetByCodePoints(0, room)) + "\u2026" + extension;
    }
}
