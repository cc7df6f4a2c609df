package org.strikedesk.posts;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.strikedesk.commands.StatusContributor;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Reply;

/** What {@code /status} says about posts: the outbox, channels that cannot be posted in, the next digest. */
public final class PostsStatus implements StatusContributor {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm, EEEE d MMMM yyyy", Locale.UK);

    /** The failed posts {@code /status} names; the count of all is given beside the others. */
    private static final int FAILURES_SHOWN = 3;

    private final Outbox outbox;
    private final ChannelProblems problems;
    private final DigestSchedule digests;
    private final SubscriptionStore subscriptions;
    private final HistoryCheck history;

    /** Whether StrikeDesk may read a channel's history; true while it cannot tell (not connected). */
    @FunctionalInterface
    public interface HistoryCheck {
        boolean readable(String guildId, String channelId);
    }

    public PostsStatus(
            Outbox outbox,
            ChannelProblems problems,
            DigestSchedule digests,
            SubscriptionStore subscriptions,
            HistoryCheck history) {
        this.outbox = outbox;
        this.problems = problems;
        this.digests = digests;
        this.subscriptions = subscriptions;
        this.history = history;
    }

    /**
     * How many posts are in the outbox, by what has become of them.
     *
     * @param waiting not yet delivered: due, retrying, or being sent
     * @param delivered accepted by Discord
     * @param failed given up on (a channel that cannot be posted in)
     * @param held owed by imports held for review, not sent unless an editor approves them
     */
    public record Counts(int waiting, int delivered, int failed, int held) {}

    /** The outbox's posts, counted now. */
    public Counts counts() {
        Map<PostStatus, Integer> counts = outbox.counts();
        int waiting = counts.entrySet().stream()
                .filter(count -> count.getKey().waiting())
                .mapToInt(Map.Entry::getValue)
                .sum();
        return new Counts(
                waiting,
                counts.getOrDefault(PostStatus.DELIVERED, 0),
                counts.getOrDefault(PostStatus.FAILED, 0),
                counts.getOrDefault(PostStatus.HELD, 0));
    }

    @Override
    public List<Reply.Field> status() {
        List<Reply.Field> fields = new ArrayList<>();
        Counts counts = counts();
        fields.add(new Reply.Field(
                "Posts",
                counts.waiting() + " waiting, " + counts.delivered() + " delivered, " + counts.failed() + " failed"
                        + (counts.held() > 0 ? ", " + counts.held() + " held for review" : ""),
                true));
        fields.add(new Reply.Field(
                "Next scheduled post",
                digests.next()
                        .map(next -> next.name() + " at " + WHEN.format(next.at()))
                        .orElse("none scheduled"),
                true));
        List<Outbox.Failure> failures = outbox.failures(FAILURES_SHOWN);
        if (!failures.isEmpty()) {
            fields.add(new Reply.Field(
                    "Posts not sent (latest first)",
                    failures.stream()
                            .map(f -> "<#" + f.channelId() + ">: " + f.reason())
                            .collect(Collectors.joining("\n")),
                    false));
        }
        List<String> unsearchable = subscriptions.all().stream()
                .filter(s -> !history.readable(s.guildId(), s.channelId()))
                .map(s -> "<#" + s.channelId() + ">")
                .distinct()
                .toList();
        if (!unsearchable.isEmpty()) {
            fields.add(new Reply.Field(
                    "Channels StrikeDesk cannot search",
                    "Without Read Message History in " + HouseStyle.list(unsearchable) + ", StrikeDesk cannot check"
                            + " there for a post it may already have made before it was cut off, so after a long"
                            + " outage such a post could appear twice.",
                    false));
        }
        Map<String, String> broken = problems.all();
        if (!broken.isEmpty()) {
            fields.add(new Reply.Field(
                    "Channels StrikeDesk cannot post in",
                    broken.entrySet().stream()
                            .map(e -> "<#" + e.getKey() + ">: " + e.getValue())
                            .collect(Collectors.joining("\n")),
                    false));
        }
        return fields;
    }
}
