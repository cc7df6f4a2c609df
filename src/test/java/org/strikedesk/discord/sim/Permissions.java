package org.strikedesk.discord.sim;

/**
 * The Discord permission bits the simulator hands out. Values follow Discord's permission table;
 * they are sent as decimal strings on the wire.
 */
public final class Permissions {
    public static final long ADMINISTRATOR = 1L << 3;
    public static final long MANAGE_GUILD = 1L << 5;
    public static final long ADD_REACTIONS = 1L << 6;
    public static final long VIEW_CHANNEL = 1L << 10;
    public static final long SEND_MESSAGES = 1L << 11;
    public static final long SEND_TTS_MESSAGES = 1L << 12;
    public static final long EMBED_LINKS = 1L << 14;
    public static final long ATTACH_FILES = 1L << 15;
    public static final long READ_MESSAGE_HISTORY = 1L << 16;
    public static final long MENTION_EVERYONE = 1L << 17;
    public static final long USE_EXTERNAL_EMOJIS = 1L << 18;
    public static final long USE_APPLICATION_COMMANDS = 1L << 31;
    public static final long SEND_MESSAGES_IN_THREADS = 1L << 38;

    /** Every permission bit Discord currently defines (up to bit 50); what an administrator gets. */
    public static final long ALL = (1L << 51) - 1;

    /** What @everyone may do in the default guild: read, talk and use slash commands. */
    public static final long EVERYONE_DEFAULT = VIEW_CHANNEL
            | SEND_MESSAGES
            | READ_MESSAGE_HISTORY
            | ADD_REACTIONS
            | EMBED_LINKS
            | ATTACH_FILES
            | USE_EXTERNAL_EMOJIS
            | USE_APPLICATION_COMMANDS
            | SEND_MESSAGES_IN_THREADS;

    private Permissions() {}

    /** Discord grants every permission to administrators; mirrors that when computing effective bits. */
    public static long effective(long raw) {
        return (raw & ADMINISTRATOR) != 0 ? ALL : raw;
    }
}
