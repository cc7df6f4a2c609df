package org.strikedesk.discord.sim;

import java.util.List;

/**
 * A guild channel as configured. {@code type} uses Discord's channel types (0 = text, 5 = announcement);
 * {@code overwrites} are its permission overwrites when the simulator starts (a test may change them later).
 */
public record SimChannel(
        String id, String guildId, String name, int type, int position, List<SimOverwrite> overwrites) {
    public static final int GUILD_TEXT = 0;
    public static final int GUILD_ANNOUNCEMENT = 5;

    public SimChannel {
        overwrites = List.copyOf(overwrites);
    }
}
