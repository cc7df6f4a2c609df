package org.strikedesk.discord.sim;

/** A Discord user known to the simulator (a guild member or the bot itself). */
public record SimUser(String id, String username, String globalName, boolean bot) {

    /** A human user whose display name is the username. */
    public static SimUser human(String id, String username) {
        return new SimUser(id, username, username, false);
    }
}
