package org.strikedesk.discord.sim;

/** A guild channel. {@code type} uses Discord's channel types (0 = text, 5 = announcement). */
public record SimChannel(String id, String guildId, String name, int type, int position) {
    public static final int GUILD_TEXT = 0;
    public static final int GUILD_ANNOUNCEMENT = 5;
}
