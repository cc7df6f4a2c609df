package org.strikedesk.console;

import java.util.stream.Collectors;
import org.strikedesk.replies.Reply;

/** Writes a reply as plain text for a terminal. */
public final class TextRenderer {
    private TextRenderer() {}

    /** The reply as text; attachments are named, not saved. */
    public static String render(Reply reply) {
        return render(reply, null);
    }

    /** The reply as text, with its attachments saved by {@code files} and where they went said. */
    public static String render(Reply reply, AttachmentWriter files) {
        StringBuilder out = new StringBuilder();
        if (!reply.preface().isEmpty()) {
            out.append(reply.preface()).append("\n");
        }
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
        if (!reply.actions().isEmpty()) {
            out.append("Buttons: ")
                    .append(reply.actions().stream()
                            .map(a -> a.label() + " (" + a.id() + ")")
                            .collect(Collectors.joining(" \u00b7 ")))
                    .append("\n");
        }
        if (files == null) {
            reply.attachments()
                    .forEach(
                            a -> out.append("Attachment: ").append(a.fileName()).append("\n"));
        } else {
            files.write(reply).forEach(line -> out.append(line).append("\n"));
        }
        return out.toString();
    }
}
