package org.strikedesk.discord.sim;

/** A file a user attaches to a slash command option of type ATTACHMENT (11). */
// Compared by no one, so the bytes may stay an array.
@SuppressWarnings("ArrayRecordComponent")
public record Upload(String filename, String contentType, byte[] bytes) {
    public Upload {
        bytes = bytes.clone();
    }

    /** Guesses the content type from the file name, as Discord does for uploads. */
    public static Upload of(String filename, byte[] bytes) {
        return new Upload(filename, guessType(filename), bytes);
    }

    static String guessType(String filename) {
        String lower = filename.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".png")) {
            return "image/png";
        } else if (lower.endsWith(".csv")) {
            return "text/csv; charset=utf-8";
        } else if (lower.endsWith(".json")) {
            return "application/json; charset=utf-8";
        } else if (lower.endsWith(".txt")) {
            return "text/plain; charset=utf-8";
        } else if (lower.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        return "application/octet-stream";
    }
}
