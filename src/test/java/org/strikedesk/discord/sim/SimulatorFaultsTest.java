package org.strikedesk.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SimulatorFaultsTest {
    static final Duration WAIT = Duration.ofSeconds(8);
    static final String MESSAGES = "/channels/\\d+/messages$";

    @RegisterExtension
    static final SimulatedDiscord<SimBot> discord = SimulatedDiscord.forClass(SimBot::answeringStatus);

    static TextChannel desk() {
        return discord.bot().jda.getTextChannelById(SimDefaults.DESK_CHANNEL_ID);
    }

    private static List<WireRecord> requestsTo(String pathSuffix, int from) {
        List<WireRecord> all = discord.sim().requests();
        return all.subList(from, all.size()).stream()
                .filter(r -> r.path().endsWith(pathSuffix))
                .toList();
    }

    @Test
    void rateLimitedCallbackIsRetriedWithinTheDeadline() {
        DiscordSimulator sim = discord.sim();
        sim.faults().rateLimit("POST", "/callback$", 1, 1);

        Interaction interaction = sim.slash("status", Map.of());

        assertThat(interaction.awaitFinalMessage(WAIT).path("content").asText()).isEqualTo("All quiet");
        assertThat(requestsTo(interaction.token() + "/callback", 0))
                .extracting(WireRecord::status)
                .containsExactly(429, 200);
        assertThat(interaction.acknowledgedWithin().orElseThrow()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void rateLimitedChannelMessageIsRetriedAfterRetryAfter() {
        DiscordSimulator sim = discord.sim();
        sim.faults().rateLimit("POST", MESSAGES, 1, 1);
        int before = sim.requests().size();
        Instant start = Instant.now();

        desk().sendMessage("Rate limited once").complete();

        assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(requestsTo("/messages", before))
                .extracting(WireRecord::status)
                .containsExactly(429, 200);
        WireRecord limited = sim.records().stream()
                .filter(r -> r.direction() == WireRecord.Direction.OUT
                        && Integer.valueOf(429).equals(r.status()))
                .findFirst()
                .orElseThrow();
        assertThat(limited.body().path("retry_after").asDouble()).isEqualTo(1.0);
        assertThat(limited.body().path("global").asBoolean()).isFalse();
    }

    @Test
    void serverErrorOnAChannelMessageIsRetried() {
        DiscordSimulator sim = discord.sim();
        sim.faults().serverError("POST", MESSAGES, 1, 503);
        int before = sim.requests().size();

        desk().sendMessage("After a 503").complete();

        assertThat(requestsTo("/messages", before))
                .extracting(WireRecord::status)
                .containsExactly(503, 200);
        assertThat(sim.channelMessages(SimDefaults.DESK_CHANNEL_ID))
                .filteredOn(m -> m.path("content").asText().equals("After a 503"))
                .hasSize(1);
    }

    @Test
    void slowRoutesAreDelayed() {
        DiscordSimulator sim = discord.sim();
        String id = desk().sendMessage("Fetch me").complete().getId();
        sim.faults().delay("GET", "/channels/\\d+/messages/\\d+$", 300);
        Instant start = Instant.now();

        desk().retrieveMessageById(id).complete();

        assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }
}
