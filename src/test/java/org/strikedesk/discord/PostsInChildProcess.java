package org.strikedesk.discord;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.strikedesk.Application;
import org.strikedesk.config.DiscordConfig;
import org.strikedesk.config.PostsConfig;
import org.strikedesk.config.StrikeDeskConfig;
import org.strikedesk.support.TestApplications;

/**
 * Run in its own JVM by {@link PostsSoakTest}: StrikeDesk's bot on a store whose outbox is full, connected to the
 * test's Discord simulator, delivering posts until it is killed. Its own clock runs {@link #SPEED} times fast, so its
 * backoffs (30 seconds, doubling) pass in a second or two while Discord's side keeps real time; every run of the bot
 * counts from the same moment, so its time goes on from one run to the next. Arguments: the store, the simulator's
 * REST base URL, its gateway URL, the bot token, and that moment (epoch milliseconds).
 */
public final class PostsInChildProcess {
    /** Printed once the bot is connected and posting. */
    static final String POSTING = "posting";
    /** How much faster than real time the bot's own clock runs. */
    static final int SPEED = 30;
    /**
     * Posts as the soak sets them: no backlog merged into summaries (every release must be its own post), checked
     * every second, and the nonce trusted for ten seconds of the bot's time (a third of a second of real time, inside
     * the simulator's one second).
     */
    static final PostsConfig POSTS = new PostsConfig(List.of(), Duration.ofSeconds(1), 100_000, Duration.ofSeconds(10));

    private PostsInChildProcess() {}

    public static void main(String[] args) throws Exception {
        DiscordConfig discord = new DiscordConfig(List.of(), URI.create(args[1]), URI.create(args[2]));
        StrikeDeskConfig config = StrikeDeskConfig.DEFAULT.withDiscord(discord).withPosts(POSTS);
        long epoch = Long.parseLong(args[4]);
        Clock clock = new Fast(
                Instant.ofEpochMilli(epoch), System.nanoTime() - (System.currentTimeMillis() - epoch) * 1_000_000);
        Application app = Application.open(config, Path.of(args[0]), TestApplications.SHIPPED_DATA, clock);
        DiscordBot bot = DiscordBot.start(app, args[3], new DiscordLink(clock));
        System.out.println(POSTING);
        System.out.flush();
        bot.awaitShutdown();
    }

    /** A clock that runs {@link #SPEED} times faster than real time from the moment it was made. */
    private static final class Fast extends Clock {
        private final Instant start;
        private final long startNanos;
        private final ZoneId zone;

        Fast(Instant start, long startNanos) {
            this(start, startNanos, ZoneOffset.UTC);
        }

        private Fast(Instant start, long startNanos, ZoneId zone) {
            this.start = start;
            this.startNanos = startNanos;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return start.plusNanos((System.nanoTime() - startNanos) * SPEED);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Fast(start, startNanos, other);
        }
    }
}
