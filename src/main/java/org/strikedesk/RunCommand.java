package org.strikedesk;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.config.HealthConfig;
import org.strikedesk.config.UserFacingException;
import org.strikedesk.discord.DiscordBot;
import org.strikedesk.discord.DiscordLink;
import org.strikedesk.discord.DiscordToken;
import org.strikedesk.health.HealthServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code run}: the Discord bot, with the token from the environment, until it is told to stop.
 *
 * <p>SIGTERM (or Ctrl-C) stops it cleanly: it takes no new work, lets the replies and the round of posting under way
 * finish (for at most {@link #STOP_WAIT}), stops the inbox watcher, the poller and the backups, closes the store and
 * exits 0. A second signal while it does so exits at once.
 */
@Command(name = "run", description = "Run the Discord bot (token from DISCORD_TOKEN or DISCORD_TOKEN_FILE)")
final class RunCommand implements Callable<Integer> {
    /** How long a clean stop waits for work under way: well inside systemd's 90 seconds before it kills. */
    static final Duration STOP_WAIT = Duration.ofSeconds(20);

    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

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
        } catch (RuntimeException | InterruptedException e) {
            app.close();
            throw e;
        }
        Optional<HealthServer> health;
        try {
            if (bot.watchesForData()) {
                app.startWatching();
            }
            health = health(app.config().health(), app, bot);
        } catch (IOException | UserFacingException e) {
            bot.close();
            app.close();
            throw e instanceof UserFacingException user
                    ? user
                    : new UserFacingException("Cannot watch the inbox folder (ingest.inbox): " + e.getMessage());
        }
        Stop stop = new Stop(app, bot, health);
        if (Signals.trap(List.of("TERM", "INT"), stop::signalled)) {
            log.info("Running; SIGTERM or Ctrl-C stops cleanly, a second one at once");
        } else {
            log.warn("This JVM cannot trap signals: SIGTERM will stop cleanly, but a second one will not hurry it");
            Runtime.getRuntime().addShutdownHook(new Thread(stop, "strikedesk-stop"));
        }
        bot.awaitShutdown();
        if (stop.await()) {
            return 0;
        }
        log.error("Discord closed the connection for good; stopping");
        stop.run();
        return 1;
    }

    private static Optional<HealthServer> health(HealthConfig config, Application app, DiscordBot bot) {
        if (config.port().isEmpty()) {
            return Optional.empty();
        }
        InetSocketAddress address =
                new InetSocketAddress(config.host(), config.port().getAsInt());
        try {
            return Optional.of(HealthServer.start(address, new RunningHealth(app, bot)));
        } catch (IOException e) {
            throw new UserFacingException("Cannot serve the health endpoint at " + config.host() + ":"
                    + config.port().getAsInt() + " (health.host, health.port): " + e.getMessage());
        }
    }

    /** Stopping cleanly, once: on the first signal, or when Discord ends the connection itself. */
    private static final class Stop implements Runnable {
        private final Application app;
        private final DiscordBot bot;
        private final Optional<HealthServer> health;
        private final AtomicBoolean begun = new AtomicBoolean();
        private final CountDownLatch done = new CountDownLatch(1);

        Stop(Application app, DiscordBot bot, Optional<HealthServer> health) {
            this.app = app;
            this.bot = bot;
            this.health = health;
        }

        /** The first signal stops cleanly, on a thread of its own; the next exits at once. */
        void signalled(String signal) {
            if (!begun.compareAndSet(false, true)) {
                log.warn("SIG{} again: stopping at once, without waiting for work under way", signal);
                Runtime.getRuntime().halt(128 + ("INT".equals(signal) ? 2 : 15));
                return;
            }
            log.info("SIG{}: stopping; a second SIG{} stops at once", signal, signal);
            new Thread(this::stopCleanly, "strikedesk-stop").start();
        }

        /** True once a stop that was begun has finished; false when none was begun. */
        boolean await() throws InterruptedException {
            if (!begun.get()) {
                return false;
            }
            done.await();
            return true;
        }

        @Override
        public void run() {
            if (begun.compareAndSet(false, true)) {
                stopCleanly();
            }
        }

        private void stopCleanly() {
            try {
                log.info(
                        "Taking no new work; waiting up to {} s for replies and posts under way",
                        STOP_WAIT.toSeconds());
                bot.stopTakingWork();
                app.stopWatching();
                boolean finished = bot.finish(STOP_WAIT);
                health.ifPresent(HealthServer::close);
                app.close();
                log.info(finished ? "Stopped cleanly; the store is closed" : "Stopped; the store is closed");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                done.countDown();
            }
        }
    }
}
