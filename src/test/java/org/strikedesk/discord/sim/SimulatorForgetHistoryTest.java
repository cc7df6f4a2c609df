package org.strikedesk.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link DiscordSimulator#forgetHistory()}, which benchmarks call between rounds so that what the simulator keeps for
 * tests to read does not grow with every interaction: what it forgets is gone, and the bot goes on as before. No rule
 * of Discord's is modelled here; a callback for a forgotten interaction is answered as Discord answers one for an
 * interaction it does not know (10062 Unknown interaction, docs {@code topics/opcodes-and-status-codes.mdx}).
 */
class SimulatorForgetHistoryTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final SimulatedDiscord<SimBot> discord = SimulatedDiscord.forClass(SimBot::answeringStatus);

    @DisplayName("Forgotten: the wire records, the answered interaction and its message; the bot still answers and"
            + " resumes")
    @Test
    void forgets() {
        Interaction answered = discord.sim().slash("status", Map.of());
        answered.awaitFinalMessage(WAIT);
        assertThat(discord.sim().requests())
                .anySatisfy(r -> assertThat(r.path()).endsWith(answered.token() + "/callback"));

        discord.sim().forgetHistory();

        assertThat(discord.sim().records()).isEmpty();
        assertThat(discord.sim().channelMessages(answered.channelId())).isEmpty();
        RawClient.Answer again = new RawClient(discord.sim())
                .send(
                        "POST",
                        "/interactions/" + answered.id() + "/" + answered.token() + "/callback",
                        Json.parse("{\"type\": 4, \"data\": {\"content\": \"again\"}}"));
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.body().path("code").asInt()).isEqualTo(10062);

        Faults.Outage outage = discord.sim().faults().gatewayOutage();
        outage.close();
        discord.sim().awaitEvents("RESUMED", 1, WAIT);
        assertThat(discord.sim()
                        .slash("status", Map.of())
                        .awaitFinalMessage(WAIT)
                        .path("content")
                        .asText())
                .as("an interaction after the forgetting, and after a resume, is answered")
                .isEqualTo("All quiet");
    }
}
