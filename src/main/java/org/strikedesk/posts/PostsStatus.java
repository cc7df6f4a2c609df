package org.strikedesk.posts;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.strikedesk.commands.StatusContributor;
import org.strikedesk.replies.Reply;

/** What {@code /status} says about posts: the outbox, channels that cannot be posted in, the next digest. */
public final class PostsStatus implements StatusContributor {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm, EEEE d MMMM yyyy", Locale.UK);

    private final Outbox outbox;
    private final ChannelProblems problems;
    private final DigestSchedule digests;

    public PostsStatus(Outbox outbox, ChannelProblems problems, DigestSchedule digests) {
        this.outbox = outbox;
        this.problems = problems;
        this.digests = digests;
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
