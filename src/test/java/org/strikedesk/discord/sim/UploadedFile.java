package org.strikedesk.discord.sim;

/** One file part of a multipart request ({@code files[n]}), kept with its bytes for inspection. */
// Compared by no one, so the bytes may stay an array.
@SuppressWarnings("ArrayRecordComponent")
public record UploadedFile(String field, String filename, String contentType, byte[] bytes) {

    /** The {@code n} of a {@code files[n]} part name, or -1 when the name has another form. */
    public int index() {
        if (field.startsWith("files[") && field.endsWith("]")) {
            try {
                return Integer.parseInt(field.substring(6, field.length() - 1));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }
}
