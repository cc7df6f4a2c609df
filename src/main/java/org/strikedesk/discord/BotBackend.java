package org.strikedesk.discord;

import java.util.concurrent.ScheduledExecutorService;
import org.strikedesk.commands.Actions;
import org.strikedesk.commands.CommandRegistry;
import org.strikedesk.config.DiscordConfig;
import org.strikedesk.posts.PostSink;

/** What the bot needs of StrikeDesk: the commands to register and answer, the buttons, and the posts to deliver. */
public interface BotBackend {
    DiscordConfig discordConfig();

    CommandRegistry commands();

    Actions actions();

    /** Starts delivering posts through {@code sink}, on {@code executor}, once the bot is connected. */
    void startPosting(PostSink sink, ScheduledExecutorService executor);
}
