package org.strikedesk.posts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.commands.Lookups;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.config.ConfigException;
import org.strikedesk.config.DigestConfig;
import org.strikedesk.config.PostsConfig;
import org.strikedesk.figures.FigureQueries;
import org.strikedesk.figures.ReleaseCalendar;
import org.strikedesk.ingest.Importer;
import org.strikedesk.reference.Reference;
import org.strikedesk.replies.FigureCards;
import org.strikedesk.store.Database;
import org.strikedesk.trusts.Resolution;

/** Posting assembled: subscriptions, the outbox written with every import, the renderer, digests and status. */
public final class Posts {
    private static final Logger log = LoggerFactory.getLogger(Posts.class);

    private final PostsConfig config;
    private final SubscriptionStore subscriptions;
    private final Outbox outbox;
    private final ChannelProblems problems;
    private final PostRenderer renderer;
    private final DigestSchedule digests;
    private final OverdueNotices overdue;
    private final Clock clock;
    /** Where posts go once the bot is connected; until then no channel can be checked. */
    private final AtomicReference<PostSink> sink = new AtomicReference<>();
    /** When the last round of {@link #start} ended, by this clock; empty until the first has. */
    private final AtomicReference<Instant> lastRound = new AtomicReference<>();

    public Posts(
            PostsConfig config,
            Database database,
            Reference reference,
            FigureQueries queries,
            FigureCards cards,
            Importer importer,
            ReleaseCalendar releases,
            Clock clock) {
        this.config = config;
        this.clock = clock;
        this.subscriptions = new SubscriptionStore(database, clock);
        this.outbox = new Outbox(database);
        this.problems = new ChannelProblems(database);
        this.renderer = new PostRenderer(queries, reference.directory(), cards, clock);
        this.digests = new DigestSchedule(digests(config, reference), database, clock);
        this.overdue = new OverdueNotices(database, queries, releases, clock);
        importer.addListener(new OutboxWriter(reference.directory(), clock));
    }

    private static List<DigestSchedule.Digest> digests(PostsConfig config, Reference reference) {
        List<DigestSchedule.Digest> digests = new ArrayList<>();
        for (DigestConfig digest : config.digests()) {
            if (!(reference.trusts().resolve(digest.trust()) instanceof Resolution.Found found)) {
                throw new ConfigException("posts.digests[" + digest.name() + "].trust: \"" + digest.trust()
                        + "\" does not name one trust; use its code, e.g. RWH, or england");
            }
            digests.add(new DigestSchedule.Digest(digest, found.organisation().code()));
        }
        return digests;
    }

    /** The admin commands for subscriptions. */
    public List<SlashCommand> commands(Lookups lookups, Reference reference) {
        return List.of(
                new SubscribeCommand(subscriptions, lookups, this::access),
                new UnsubscribeCommand(subscriptions, lookups),
                new SubscriptionsCommand(subscriptions, problems, reference.directory()));
    }

    public PostsStatus status() {
        return new PostsStatus(outbox, problems, digests, subscriptions, (guild, channel) -> {
            PostSink connected = sink.get();
            return connected == null || connected.readsHistory(guild, channel);
        });
    }

    public SubscriptionStore subscriptions() {
        return subscriptions;
    }

    public Outbox outbox() {
        return outbox;
    }

    public DigestSchedule digests() {
        return digests;
    }

    /** Owes a notice to every subscribed channel for each strike whose figures became overdue; returns how many. */
    public int oweOverdueNotices() {
        return overdue.oweDue();
    }

    /** A poster that delivers to the sink. */
    public OutboxPoster poster(PostSink sink) {
        return new OutboxPoster(
                outbox, subscriptions, problems, renderer, sink, clock, config.backlog(), config.nonceWindow());
    }

    /** Whether StrikeDesk can post in a channel, as the connected platform tells; unreachable until it connects. */
    private ChannelAccess access(String guildId, String channelId) {
        PostSink connected = sink.get();
        return connected == null
                ? new ChannelAccess.Unreachable("StrikeDesk is not connected to Discord yet; try again in a minute")
                : connected.access(guildId, channelId);
    }

    /** Sets where posts go, which is also what tells whether a channel can be posted in. */
    public void connect(PostSink connected) {
        sink.set(connected);
    }

    /**
     * Checks the schedules and delivers the outbox every {@code posts.checkEvery}, until the executor stops.
     *
     * @param catchUp run before each round, so that what the round renders is made from the store as it stands (an
     *     import by another process included), not from figures kept in memory before it
     */
    public void start(PostSink sink, ScheduledExecutorService executor, Runnable catchUp) {
        connect(sink);
        OutboxPoster poster = poster(sink);
        long every = config.checkEvery().toMillis();
        // Stopped by shutting the executor down; each round logs its own failures, so the future has nothing to add.
        var unused = executor.scheduleWithFixedDelay(
                () -> {
                    catchUp.run();
                    tick(poster);
                },
                0,
                every,
                TimeUnit.MILLISECONDS);
    }

    /** When the last round of the schedule {@link #start} ended; empty until the first round has. */
    public Optional<Instant> lastRound() {
        return Optional.ofNullable(lastRound.get());
    }

    /** One round: digests due, then batch after batch while posts keep going out, so a backlog does not wait. */
    private void tick(OutboxPoster poster) {
        try {
            digests.fireDue();
            overdue.oweDue();
            while (poster.deliverDue() > 0) {
                log.debug("A batch of posts went out; delivering the next");
            }
        } catch (RuntimeException e) {
            log.error("Posting failed this round; it will be tried again", e);
        } finally {
            lastRound.set(clock.instant());
        }
    }
}
