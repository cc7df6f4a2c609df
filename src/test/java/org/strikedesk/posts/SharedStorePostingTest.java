package org.strikedesk.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.Application;
import org.strikedesk.support.ForwardingSink;
import org.strikedesk.support.MessyFigures;
import org.strikedesk.support.MutableClock;
import org.strikedesk.support.RecordingSink;
import org.strikedesk.support.TestApplications;

/**
 * Two StrikeDesk processes on one store that both post for the same servers (two bots started on one store, or shard
 * ranges that overlap), each played by an {@link Application} of its own on the same file: a post is sent once, by
 * whichever claims it first. The channels and the figures ({@link MessyFigures}) are synthetic.
 */
class SharedStorePostingTest {
    private static final String GUILD = "100000000000000000";
    private static final List<String> CHANNELS =
            List.of("100000000000000011", "100000000000000012", "100000000000000013");

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T07:59:00Z"));
    /** Discord, as both processes see it; it would drop a repeat with the same nonce, and counts every send. */
    private final RecordingSink discord = new RecordingSink();

    private Application first;
    private Application second;

    @BeforeEach
    void open() {
        first = TestApplications.open(folder, clock);
        second = TestApplications.open(folder, clock);
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    @DisplayName("A post both processes find due is sent by one: the other finds it taken and leaves it")
    @Test
    void eachPostSentOnce() {
        CHANNELS.forEach(channel -> first.posts().subscriptions().add(GUILD, channel, "RR8", "editor (1)", channel));
        MessyFigures.importInto(first, folder);
        OutboxPoster other = second.posts().poster(discord);
        // The first process has read its three due posts; while it sends the first, the second delivers what is due.
        OutboxPoster poster = first.posts().poster(new Interleaved(discord, other::deliverDue));

        int byFirst = poster.deliverDue();

        assertThat(byFirst).isEqualTo(1);
        assertThat(discord.sends).isEqualTo(3);
        Map<String, Integer> perChannel = CHANNELS.stream()
                .collect(Collectors.toMap(
                        channel -> channel, channel -> discord.in(channel).size()));
        assertThat(perChannel)
                .containsOnly(
                        Map.entry(CHANNELS.get(0), 1), Map.entry(CHANNELS.get(1), 1), Map.entry(CHANNELS.get(2), 1));
        assertThat(first.posts().outbox().counts()).isEqualTo(Map.of(PostStatus.DELIVERED, 3));
    }

    /** Discord, for a process that another process overtakes during its first send. */
    private static final class Interleaved extends ForwardingSink {
        private Runnable meanwhile;

        Interleaved(RecordingSink discord, Runnable meanwhile) {
            super(discord);
            this.meanwhile = meanwhile;
        }

        @Override
        public Delivery send(String channelId, PostMessage message, String nonce) {
            Runnable other = meanwhile;
            meanwhile = () -> {};
            other.run();
            return super.send(channelId, message, nonce);
        }
    }
}
