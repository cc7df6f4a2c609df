package org.strikedesk;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.strikedesk.config.UserFacingException;
import org.strikedesk.discord.DiscordBot;
import org.strikedesk.discord.DiscordLink;
import org.strikedesk.discord.DiscordToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code run}: the Discord bot, with the token from the environment. */
@Command(name = "run", description = "Run the Discord bot (token from DISCORD_TOKEN or DISCORD_TOKEN_FILE)")
final class RunCommand implements Callable<Integer> {
    @Mixin
    Locations locations;

    @Override
    public Integer call() throws Exception {
        String token = DiscordToken.fromEnvironment(System.getenv())
                .orElseThrow(() -> new UserFacingException("No Discord token: set DISCORD_TOKEN to the bot's token,"
                        + " or DISCORD_TOKEN_FILE to a file holding it (see README, \"Put it on Discord\")."));
        Application app = locations.open();
        DiscordLink link = new DiscordLink(app.clock());
        app.status().addContributor(link);
        DiscordBot bot;
        try {
            bot = DiscordBot.start(app, token, link);
        } catch (UserFacingException | InterruptedException e) {
            app.close();
            throw e;
        }
        try {
            app.startWatching();
        } catch (IOException e) {
            bot.close();
            app.close();
            throw new UserFacingException("Cannot watch the inbox folder (ingest.inbox): " + e.getMessage());
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            bot.close();
                            app.close();
                        },
                        "strikedesk-shutdown"));
        bot.awaitShutdown();
        return 0;
    }
}
