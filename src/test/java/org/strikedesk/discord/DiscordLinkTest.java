package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.MutableClock;

class DiscordLinkTest {
    private final MutableClock clock = MutableClock.at("2026-11-28T12:00:00Z");
    private final DiscordLink link = new DiscordLink(clock);

    private String status() {
        return link.status().stream().map(Reply.Field::value).findFirst().orElseThrow();
    }

    @DisplayName("Disconnected from the start until the first session, and for how long")
    @Test
    void beforeTheFirstSession() {
        clock.advance(Duration.ofSeconds(95));

        assertThat(link.disconnectedFor()).contains(Duration.ofSeconds(95));
        assertThat(status()).isEqualTo("Disconnected for 1 minute, since 28 November 2026, 12:00; trying again.");
    }

    @DisplayName("Connected: since when, after how long without Discord; a drop counts again from the moment it came")
    @Test
    void afterADrop() {
        clock.advance(Duration.ofSeconds(7));
        link.connected();
        clock.advance(Duration.ofHours(2));

        assertThat(link.disconnectedFor()).isEmpty();
        assertThat(status()).isEqualTo("Connected since 28 November 2026, 12:00, after 7 seconds disconnected.");

        link.disconnected();
        clock.advance(Duration.ofMinutes(3));
        link.disconnected();
        clock.advance(Duration.ofMinutes(2));

        assertThat(link.disconnectedFor()).contains(Duration.ofMinutes(5));
        link.connected();
        assertThat(status()).isEqualTo("Connected since 28 November 2026, 14:05, after 5 minutes disconnected.");
    }
}
