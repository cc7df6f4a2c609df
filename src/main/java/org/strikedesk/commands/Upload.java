package org.strikedesk.commands;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file given with a command.
 *
 * @param fileName the name it was uploaded with; never used as a path
 * @param size its size in bytes, as declared
 * @param content opens the file's bytes
 */
public record Upload(String fileName, long size, Content content) {

    /** Opens an upload's bytes. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
