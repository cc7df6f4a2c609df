package org.strikedesk.discord;

import java.util.Map;
import org.strikedesk.replies.Inline;

/**
 * Shows the marks in a reply's text as Discord does: a command as a mention that opens it ({@code </name:id>}, with
 * the id Discord gave the command where the reply is shown; see {@link CommandIds}), a person as a user mention
 * ({@code <@id>}, which pings no one, since every message allows no mentions), a time as a timestamp in the reader's
 * own time zone ({@code <t:unix:R>}). Docs {@code reference.mdx}, "Message Formatting".
 */
final class DiscordInline implements Inline.Renderer {
    /** Where no command ids are known: commands are shown as {@code /name}. */
    static final DiscordInline PLAIN = new DiscordInline(Map.of());

    private final Map<String, String> commandIds;

    /** @param commandIds each command's id, by name, as Discord gave them for where the reply is shown */
    DiscordInline(Map<String, String> commandIds) {
        this.commandIds = Map.copyOf(commandIds);
    }

    @Override
    public String command(String name, String plain) {
        String id = commandIds.get(name);
        return id == null ? plain : "</" + name + ":" + id + ">";
    }

    @Override
    public String user(String id, String plain) {
        return id.matches("\\d{17,20}") ? "<@" + id + ">" : plain;
    }

    @Override
    public String time(long epochSecond, Inline.TimeStyle style, String plain) {
        return "<t:" + epochSecond + ":" + style.letter() + ">";
    }

    String render(String text) {
        return Inline.render(text, this);
    }
}
