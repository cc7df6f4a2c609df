package org.strikedesk.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.strikedesk.replies.Reply;

/** Saves a reply's attachments, such as charts, in a folder at the console, and says where each went. */
public final class AttachmentWriter {
    private final Path folder;

    /** @param folder where files are written; created when missing */
    public AttachmentWriter(Path folder) {
        this.folder = folder;
    }

    /** Writes each attachment, replacing a file of the same name; a line for each says where, or why not. */
    public List<String> write(Reply reply) {
        List<String> lines = new ArrayList<>();
        for (Reply.Attachment attachment : reply.attachments()) {
            Path file = folder.resolve(safeName(attachment.fileName())).toAbsolutePath();
            String what = attachment.fileName().endsWith(".png") ? "Chart" : "File";
            try {
                Files.createDirectories(folder);
                Files.write(file, attachment.content());
                lines.add(what + " written to " + file);
            } catch (IOException e) {
                lines.add(what + " could not be written to " + file + ": " + e.getMessage());
            }
        }
        return lines;
    }

    /** The name without folders or characters a file system may refuse; a reply never chooses the folder. */
    static String safeName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[.-]+", "");
        return safe.isEmpty() ? "attachment" : safe;
    }
}
