package org.strikedesk.console;

import java.util.List;
import java.util.stream.Collectors;
import org.strikedesk.replies.Inline;
import org.strikedesk.replies.Reply;

/** Writes a reply as plain text for a terminal: each mark in its text (bold, a command, a person, a time) plainly. */
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
            out.append(Inline.plain(reply.plainText())).append("\n");
        }
        if (!reply.title().isEmpty()) {
            out.append(reply.tone() == Reply.Tone.ERROR ? "Error: " : "")
                    .append(Inline.plain(reply.title()))
                    .append("\n");
        }
        if (!reply.text().isEmpty()) {
            out.append(Inline.plain(reply.text())).append("\n");
        }
        for (Reply.Field field : reply.fields()) {
            out.append("  ")
                    .append(Inline.plain(field.name()))
                    .append(": ")
                    .append(Inline.plain(field.value()).replace("\n", "\n    "))
                    .append("\n");
        }
        for (String source : reply.sources()) {
            out.append("Source: ").append(source).append("\n");
        }
        if (!reply.caveat().isEmpty()) {
            out.append("Note: ").append(Inline.plain(reply.caveat())).append("\n");
        }
        // Every source is printed above, so a button that would list them is left out.
        List<Reply.Action> actions =
                reply.actions().stream().filter(a -> !a.listsSources()).toList();
        if (!actions.isEmpty()) {
            out.append("Buttons: ")
                    .append(actions.stream()
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
