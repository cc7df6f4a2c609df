package org.strikedesk.discord.sim;

/**
 * Where an interaction happens and how the app was installed there (docs
 * {@code interactions/receiving-and-responding.mdx}, "Interaction Context Types";
 * {@code resources/application.mdx}, "Application Integration Types").
 */
final class InteractionContext {
    /** In a server. */
    static final int GUILD = 0;
    /** In the user's direct messages with the bot. */
    static final int BOT_DM = 1;
    /** In a group DM or a DM between users, for a user-installed app. */
    static final int PRIVATE_CHANNEL = 2;

    /** Installed to a server. */
    static final int GUILD_INSTALL = 0;
    /** Installed to a user's account. */
    static final int USER_INSTALL = 1;

    private InteractionContext() {}
}
