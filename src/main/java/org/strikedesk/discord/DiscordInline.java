package org.strikedesk.discord;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.strikedesk.replies.Inline;

/**
 * Shows the marks in a reply's text as Discord does: a command as a mention that opens it ({@code </name:id>}, once
 * its id is known from registration), a person as a user mention ({@code <@id>}, which pings no one, since every
 * message allows no mentions), a time as a timestamp in the reader's own time zone ({@code <t:unix:R>}). Docs
 * {@code reference.mdx}, "Message Formatting".
 */
final class DiscordInline implements Inline.Renderer {
    static final DiscordInline INSTANCE = new DiscordInline();

    /** Each command's id, by name, as Discord gave them back when the commands were registered. */
    private static final Map<String, String> COMMAND_IDS = new ConcurrentHashMap<>();

    private DiscordInline() {}

    /** Keeps the ids Discord gave the commands, so that replies can link them. */
    static void registered(Map<String, String> idsByName) {
        COMMAND_IDS.putAll(idsByName);
    }

    /** Forgets the ids, as before any registration: commands are then shown as {@code /name}. */
    static void forget() {
        COMMAND_IDS.clear();
    }

    @Override
    public String command(String name, String plain) {
        String id = COMMAND_IDS.get(name);
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

    static String render(String text) {
        return Inline.render(text, INSTANCE);
    }
}
