package org.strikedesk.ingest.errors;

import java.util.Locale;

/** Sizes and counts as people read them: {@code 512 bytes}, {@code 48 KB}, {@code 20.5 MB}, {@code 100,000}. */
public final class Sizes {
    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private Sizes() {}

    /** A count with thousands separators. */
    public static String number(long count) {
        return String.format(Locale.UK, "%,d", count);
    }

    /**
     * A number of bytes, told apart from {@code other}: exact when rounding would make the two read the same, as a
     * file just over a limit would ("the file is 64 MB; the limit is 64 MB").
     */
    public static String describeBeside(long bytes, long other) {
        String rounded = describe(bytes);
        return rounded.equals(describe(other)) && bytes != other ? number(bytes) + " bytes" : rounded;
    }

    /** A number of bytes. */
    public static String describe(long bytes) {
        if (bytes < KB) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < MB) {
            return (bytes + KB / 2) / KB + " KB";
        }
        double megabytes = (double) bytes / MB;
        return megabytes < 10
                ? String.format(Locale.UK, "%.1f MB", megabytes)
                : String.format(Locale.UK, "%,d MB", Math.round(megabytes));
    }
}
