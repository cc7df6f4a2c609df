package org.strikedesk.discord.sim;

/**
 * Ids and users of the default world: one guild "Newsroom" with #news and #desk, an editor who may
 * manage the server and a plain reporter. Fixed ids keep wire logs comparable between runs.
 */
public final class SimDefaults {
    public static final String TOKEN = "sim-test-token";
    public static final String BOT_ID = "1300000000000000100";
    public static final String BOT_NAME = "StrikeDesk";

    public static final String GUILD_ID = "1300000000000000200";
    public static final String GUILD_NAME = "Newsroom";
    public static final String NEWS_CHANNEL_ID = "1300000000000000201";
    public static final String DESK_CHANNEL_ID = "1300000000000000202";

    public static final String EDITOR_ROLE_ID = "1300000000000000210";
    public static final String BOT_ROLE_ID = "1300000000000000211";

    /** Holds ADMINISTRATOR and MANAGE_GUILD through the Editor role; owns the guild. */
    public static final SimUser EDITOR = SimUser.human("1300000000000000300", "editor");

    /** Holds only what @everyone may do: no Manage Server. */
    public static final SimUser REPORTER = SimUser.human("1300000000000000301", "reporter");

    /** What the bot's own role grants in the default guild. */
    public static final long BOT_PERMISSIONS = Permissions.VIEW_CHANNEL
            | Permissions.SEND_MESSAGES
            | Permissions.EMBED_LINKS
            | Permissions.ATTACH_FILES
            | Permissions.READ_MESSAGE_HISTORY;

    private SimDefaults() {}
}
