package org.strikedesk.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strikedesk.replies.Reply;

/**
 * Saves a reply's attachments, such as charts, in a folder at the console, and says where each went. Where no folder
 * was asked for, a text attachment (a story's draft) is printed instead, as that is what the person came for.
 */
public final class AttachmentWriter {
    private final Path folder;
    private final boolean printText;

    private AttachmentWriter(Path folder, boolean printText) {
        this.folder = folder;
        this.printText = printText;
    }

    /** @param folder where files are written; created when missing */
    public AttachmentWriter(Path folder) {
        this(folder, false);
    }

    /** Prints text attachments in full and writes the others to {@code folder}: the console's default. */
    public static AttachmentWriter printingText(Path folder) {
        return new AttachmentWriter(folder, true);
    }

    /**
     * Writes each attachment, replacing a file of the same name, or prints it when it is text to print; a line for
     * each says where it went, or why not.
     */
    public List<String> write(Reply reply) {
        List<String> lines = new ArrayList<>();
        for (Reply.Attachment attachment : reply.attachments()) {
            if (printText && isText(attachment)) {
                lines.add("\n" + new String(attachment.content(), StandardCharsets.UTF_8).stripTrailing());
                continue;
            }
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

    private static boolean isText(Reply.Attachment attachment) {
        return attachment.fileName().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    /** The name without folders or characters a file system may refuse; a reply never chooses the folder. */
    static String safeName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[.-]+", "");
        return safe.isEmpty() ? "attachment" : safe;
    }
}
