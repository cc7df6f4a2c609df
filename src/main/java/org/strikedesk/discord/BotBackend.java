package org.strikedesk.discord;

import java.util.concurrent.ScheduledExecutorService;
import org.strikedesk.commands.Actions;
import org.strikedesk.commands.CommandRegistry;
import org.strikedesk.config.DiscordConfig;
import org.strikedesk.posts.PostSink;
import org.strikedesk.questions.QuestionDesk;
import org.strikedesk.store.Database;

/**
 * What the bot needs of StrikeDesk: the commands to register and answer, the buttons, the questions in words, and the
 * posts to deliver.
 */
public interface BotBackend {
    DiscordConfig discordConfig();

    CommandRegistry commands();

    Actions actions();

    /** Answers questions in plain English: those that mention the bot, and direct messages to it. */
    QuestionDesk questions();

    /** The store, where the bot also remembers the servers it registered its commands in. */
    Database database();

    /**
     * Starts, on {@code executor}, once the bot is connected: delivering posts through {@code sink}, and noticing the
     * changes other StrikeDesk processes make to the store, so that answers follow them.
     */
    void startPosting(PostSink sink, ScheduledExecutorService executor);
}
