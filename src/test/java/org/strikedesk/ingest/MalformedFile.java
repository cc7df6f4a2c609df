package org.strikedesk.ingest;

import java.util.List;
import org.strikedesk.ingest.errors.ImportError;

/**
 * A synthetic figures file that must be rejected, and the errors it must be rejected with.
 *
 * @param what the fault, as a sentence's subject: "a value that is text"
 * @param name the file's name, which every error must start with
 * @param content the file's bytes
 * @param errors every error expected, in order, each as the start of {@link ImportError#toString()}: the file, then
 *     the sheet, row and column where there are such, then the message
 */
// Compared by no one, so the bytes may stay an array.
@SuppressWarnings("ArrayRecordComponent")
record MalformedFile(String what, String name, byte[] content, List<String> errors) {
    MalformedFile {
        errors = List.copyOf(errors);
    }

    /** A file with one expected error. */
    static MalformedFile of(String what, String name, byte[] content, String error) {
        return new MalformedFile(what, name, content, List.of(error));
    }

    @Override
    public String toString() {
        return what + " (" + name + ")";
    }
}
