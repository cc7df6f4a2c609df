package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The sweep for answers not ready in time runs only while one is awaited. (That a slow answer is deferred within
 * Discord's three seconds is BotInteractionsTest's, over the wire.)
 */
class LateDeferralsTest {
    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1);

    @AfterEach
    void stop() {
        timers.shutdownNow();
    }

    @DisplayName("Nothing watched, nothing scheduled; one watched, a sweep is due; once it is done, sweeps stop")
    @Test
    void sweepsOnlyWhileWatching() {
        LateDeferrals late = new LateDeferrals(timers);
        assertThat(timers.getQueue()).isEmpty();

        // Its moment to be deferred is an hour away: the sweeps look at it and leave it.
        LateDeferrals.Waiting waiting = late.watch(
                null,
                "/synthetic",
                false,
                System.nanoTime() + Duration.ofHours(1).toNanos());
        assertThat(timers.getQueue()).hasSize(1);
        Awaitility.await("a sweep, and the next one scheduled")
                .atMost(Duration.ofSeconds(10))
                .until(() -> timers.getCompletedTaskCount() >= 2);
        assertThat(timers.getQueue()).hasSize(1);
        assertThat(waiting.acknowledged()).isFalse();

        late.done(waiting);
        long completed = timers.getCompletedTaskCount();
        Awaitility.await("the last sweep, which schedules none")
                .atMost(Duration.ofSeconds(10))
                .until(() -> timers.getCompletedTaskCount() > completed
                        && timers.getQueue().isEmpty());
    }
}
