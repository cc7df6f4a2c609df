package org.strikedesk.console;

import org.strikedesk.replies.Reply;

/** Writes a reply as plain text for a terminal. */
public final class TextRenderer {
    private TextRenderer() {}

    public static String render(Reply reply) {
        StringBuilder out = new StringBuilder();
        if (!reply.plainText().isEmpty()) {
            out.append(reply.plainText()).append("\n");
        }
        if (!reply.title().isEmpty()) {
            out.append(reply.tone() == Reply.Tone.ERROR ? "Error: " : "")
                    .append(reply.title())
                    .append("\n");
        }
        if (!reply.text().isEmpty()) {
            out.append(reply.text()).append("\n");
        }
        for (Reply.Field field : reply.fields()) {
            out.append("  ")
                    .append(field.name())
                    .append(": ")
                    .append(field.value().replace("\n", "\n    "))
                    .append("\n");
        }
        for (String source : reply.sources()) {
            out.append("Source: ").append(source).append("\n");
        }
        if (!reply.caveat().isEmpty()) {
            out.append("Note: ").append(reply.caveat()).append("\n");
        }
        for (Reply.Attachment attachment : reply.attachments()) {
            out.append("Attachment: ").append(attachment.fileName()).append("\n");
        }
        return out.toString();
    }
}
