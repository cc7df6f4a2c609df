package org.strikedesk.discord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import org.jspecify.annotations.Nullable;
import org.strikedesk.commands.StatusContributor;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Reply;

/**
 * How the bot's connection to Discord stands, from the moment {@code run} starts: disconnected until the first login
 * and gateway session succeed, connected while JDA's status is {@code CONNECTED}, disconnected again from the moment
 * JDA loses the session until it has it back. {@code /status} shows it, and so can a health check: through
 * {@link #disconnectedFor()}, which needs nothing of JDA.
 */
public final class DiscordLink implements StatusContributor, EventListener {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final Clock clock;
    private @Nullable Instant connectedAt;
    private Instant disconnectedAt;
    private @Nullable Duration lastOutage;
    /** The shards that lost their session and have not got it back. */
    private final Set<Integer> down = new HashSet<>();

    public DiscordLink(Clock clock) {
        this.clock = clock;
        this.disconnectedAt = clock.instant();
    }

    /** How long the bot has been without a session with Discord; empty while it has one. */
    public synchronized Optional<Duration> disconnectedFor() {
        return connectedAt != null ? Optional.empty() : Optional.of(Duration.between(disconnectedAt, clock.instant()));
    }

    /**
     * With several shards, the bot counts as connected only while none of them that had connected has lost its
     * session: a server on a lost shard gets no answers meanwhile.
     */
    @Override
    public void onEvent(GenericEvent event) {
        if (event instanceof StatusChangeEvent change) {
            int shard = change.getJDA().getShardInfo().getShardId();
            if (change.getNewStatus() == JDA.Status.CONNECTED) {
                synchronized (this) {
                    down.remove(shard);
                    if (down.isEmpty()) {
                        connected();
                    }
                }
            } else if (change.getOldStatus() == JDA.Status.CONNECTED) {
                synchronized (this) {
                    down.add(shard);
                    disconnected();
                }
            }
        }
    }

    synchronized void connected() {
        if (connectedAt == null) {
            Instant now = clock.instant();
            lastOutage = Duration.between(disconnectedAt, now);
            connectedAt = now;
        }
    }

    synchronized void disconnected() {
        if (connectedAt != null) {
            disconnectedAt = clock.instant();
            connectedAt = null;
        }
    }

    @Override
    public synchronized List<Reply.Field> status() {
        Instant now = clock.instant();
        String text;
        if (connectedAt == null) {
            text = "Disconnected for " + length(Duration.between(disconnectedAt, now)) + ", since "
                    + WHEN.format(disconnectedAt) + "; trying again.";
        } else {
            text = "Connected since " + WHEN.format(connectedAt)
                    + (lastOutage == null ? "" : ", after " + length(lastOutage) + " disconnected")
                    + ".";
        }
        return List.of(new Reply.Field("Discord", text, false));
    }

    private static String length(Duration duration) {
        if (duration.compareTo(Duration.ofMinutes(1)) >= 0) {
            return HouseStyle.duration(duration);
        }
        long seconds = duration.toSeconds();
        return seconds + (seconds == 1 ? " second" : " seconds");
    }
}
