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

    @Override
    public List<Reply.Field> status() {
        List<Reply.Field> fields = new ArrayList<>();
        Map<PostStatus, Integer> counts = outbox.counts();
        int waiting = counts.entrySet().stream()
                .filter(count -> count.getKey().waiting())
                .mapToInt(Map.Entry::getValue)
                .sum();
        fields.add(new Reply.Field(
                "Posts",
                waiting + " waiting, " + counts.getOrDefault(PostStatus.DELIVERED, 0) + " delivered, "
                        + counts.getOrDefault(PostStatus.FAILED, 0) + " failed"
                        + (counts.containsKey(PostStatus.HELD)
                                ? ", " + counts.get(PostStatus.HELD) + " held for review"
                                : ""),
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
