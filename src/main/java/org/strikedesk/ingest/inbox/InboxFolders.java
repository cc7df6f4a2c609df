package org.strikedesk.ingest.inbox;

import java.nio.file.Path;
import org.strikedesk.config.Home;
import org.strikedesk.config.IngestConfig;

/**
 * The inbox and where its files go.
 *
 * @param inbox the folder watched
 * @param imported where imported files are moved
 * @param rejected where rejected files are moved, each with {@code NAME.error.txt} beside it
 */
public record InboxFolders(Path inbox, Path imported, Path rejected) {

    /** The folders the config names, relative ones taken from {@code home}. */
    public static InboxFolders of(IngestConfig config, Path home) {
        return new InboxFolders(
                Home.resolve(home, config.inbox()),
                Home.resolve(home, config.imported()),
                Home.resolve(home, config.rejected()));
    }

    /** {@code inbox}, with {@code imported/} and {@code rejected/} beside it. */
    public static InboxFolders beside(Path inbox) {
        Path absolute = inbox.toAbsolutePath().normalize();
        return new InboxFolders(absolute, absolute.resolveSibling("imported"), absolute.resolveSibling("rejected"));
    }
}
