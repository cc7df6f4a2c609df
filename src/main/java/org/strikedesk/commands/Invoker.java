package org.strikedesk.commands;

import java.util.Set;

/**
 * Who asked, and where.
 *
 * @param userId the person's id ("console" in the console)
 * @param displayName their name, for the import history and the record of who was shown which figures
 * @param admin whether they may manage the server (the console is its own admin)
 * @param guildId the server, or empty in the console and in direct messages
 * @param channelId the channel, or empty in the console
 * @param roles the ids of their roles in the server, as far as the platform tells them
 */
public record Invoker(
        String userId, String displayName, boolean admin, String guildId, String channelId, Set<String> roles) {
    /** The console's own user id: the person is known by name only. */
    public static final String CONSOLE_ID = "console";

    /** The person at the console: the machine's own user, with every right. */
    public static final Invoker CONSOLE = console("console");

    public Invoker {
        roles = Set.copyOf(roles);
    }

    /** Someone with no roles StrikeDesk knows of. */
    public Invoker(String userId, String displayName, boolean admin, String guildId, String channelId) {
        this(userId, displayName, admin, guildId, channelId, Set.of());
    }

    /** The person at the console, known by {@code name} (the machine's user, or whom {@code ask --as} names). */
    public static Invoker console(String name) {
        return new Invoker(CONSOLE_ID, name, true, "", "", Set.of());
    }

    /** Whether this is someone at the console rather than on a chat platform. */
    public boolean atConsole() {
        return CONSOLE_ID.equals(userId);
    }
}
