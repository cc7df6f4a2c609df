package org.strikedesk.discord;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.strikedesk.Application;
import org.strikedesk.TestApplications;
import org.strikedesk.config.DiscordConfig;
import org.strikedesk.config.PostsConfig;
import org.strikedesk.config.StrikeDeskConfig;
import org.strikedesk.discord.sim.DiscordSimulator;

/**
 * The real bot, on a fresh store, connected to a Discord simulator through its configuration alone: the REST base
 * URL and the gateway URL, exactly as a proxy would be configured.
 */
final class BotOnSimulator implements AutoCloseable {
    final Application app;
    final DiscordBot bot;

    private BotOnSimulator(Application app, DiscordBot bot) {
        this.app = app;
        this.bot = bot;
    }

    static BotOnSimulator start(DiscordSimulator sim, Path folder, List<String> guilds, Clock clock) {
        // Posting is driven by the tests themselves; the bot's own round runs once at start, then every ten minutes.
        return start(sim, folder, guilds, clock, new PostsConfig(List.of(), java.time.Duration.ofMinutes(10), 0));
    }

    static BotOnSimulator start(
            DiscordSimulator sim, Path folder, List<String> guilds, Clock clock, PostsConfig posts) {
        DiscordConfig discord = new DiscordConfig(guilds, URI.create(sim.restBaseUrl()), URI.create(sim.gatewayUrl()));
        StrikeDeskConfig config = StrikeDeskConfig.DEFAULT.withDiscord(discord).withPosts(posts);
        Application app = TestApplications.open(folder, config, clock);
        try {
            return new BotOnSimulator(app, DiscordBot.start(app, sim.token()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            app.close();
            throw new IllegalStateException(e);
        }
    }

    static BotOnSimulator start(DiscordSimulator sim, Path folder) {
        return start(sim, folder, List.of(), TestApplications.fixedClock());
    }

    /** A sink that posts through the bot's own JDA, as the running bot does. */
    DiscordPostSink postSink() {
        return new DiscordPostSink(bot.jda());
    }

    @Override
    public void close() {
        bot.close();
        app.close();
    }
}
