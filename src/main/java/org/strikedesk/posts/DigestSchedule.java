package org.strikedesk.posts;

import com.cronutils.model.time.ExecutionTime;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.strikedesk.config.DigestConfig;
import org.strikedesk.store.Database;

/**
 * Scheduled digests, in Europe/London time whatever the season. Each scheduled time fires at most once, recorded
 * with the post it owes in one transaction; a time missed while the bot was down is caught up if it is less than
 * an hour old, and skipped otherwise (a digest hours late is news no longer).
 */
public final class DigestSchedule {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Duration GRACE = Duration.ofHours(1);

    private final List<Digest> digests;
    private final Database database;
    private final Clock clock;

    /**
     * One configured digest with what it reports on, resolved to an organisation code.
     *
     * @param config the configured digest
     * @param orgCode what it reports on
     */
    public record Digest(DigestConfig config, String orgCode) {
        ExecutionTime times() {
            return ExecutionTime.forCron(DigestConfig.parser().parse(config.cron()));
        }
    }

    public DigestSchedule(List<Digest> digests, Database database, Clock clock) {
        this.digests = List.copyOf(digests);
        this.database = database;
        this.clock = clock;
    }

    /** Writes the posts of digests whose time has come; returns how many. */
    public int fireDue() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(LONDON));
        int fired = 0;
        for (Digest digest : digests) {
            Optional<ZonedDateTime> last = digest.times().lastExecution(now);
            if (last.isPresent() && Duration.between(last.get(), now).compareTo(GRACE) <= 0) {
                fired += fire(digest, last.get()) ? 1 : 0;
            }
        }
        return fired;
    }

    private boolean fire(Digest digest, ZonedDateTime scheduledFor) {
        return database.transaction(connection -> {
            String sql = "INSERT OR IGNORE INTO digest_runs (digest, scheduled_for) VALUES (?, ?)";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setString(1, digest.config().name());
                insert.setString(2, scheduledFor.toInstant().toString());
                if (insert.executeUpdate() == 0) {
                    return false;
                }
            }
            PostPayload payload =
                    PostPayload.digest(digest.orgCode(), digest.config().name());
            long post = Outbox.add(connection, Post.Owed.digest(digest.config().channel(), payload), clock.instant());
            try (PreparedStatement link = connection.prepareStatement(
                    "UPDATE digest_runs SET post_id = ? WHERE digest = ? AND scheduled_for = ?")) {
                link.setLong(1, post);
                link.setString(2, digest.config().name());
                link.setString(3, scheduledFor.toInstant().toString());
                link.executeUpdate();
            }
            return true;
        });
    }

    /** The next digest due, and when, in London time. */
    public Optional<Next> next() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(LONDON));
        return digests.stream()
                .flatMap(d -> d
                        .times()
                        .nextExecution(now)
                        .map(at -> new Next(d.config().name(), at))
                        .stream())
                .min(Comparator.comparing(Next::at));
    }

    /**
     * A digest's next time.
     *
     * @param name the digest
     * @param at when, in London time
     */
    public record Next(String name, ZonedDateTime at) {}
}
