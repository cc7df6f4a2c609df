package org.strikedesk.commands;

/**
 * Who asked, and where.
 *
 * @param userId the person's id ("console" in the console)
 * @param displayName their name, for the import history
 * @param admin whether they may manage the server (the console is its own admin)
 * @param guildId the server, or empty in the console and in direct messages
 * @param channelId the channel, or empty in the console
 */
public record Invoker(String userId, String displayName, boolean admin, String guildId, String channelId) {
    /** The person at the console: the machine's own user, with every right. */
    public static final Invoker CONSOLE = new Invoker("console", "console", true, "", "");
}
