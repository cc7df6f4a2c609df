package org.strikedesk.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import net.dv8tion.jda.api.JDA;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SimulatorGatewayTest {
    static final Duration WAIT = Duration.ofSeconds(15);

    @RegisterExtension
    static final SimulatedDiscord<SimBot> discord = SimulatedDiscord.forClass(SimBot::answeringStatus);

    @Test
    void droppedConnectionResumesAndReplaysWhatWasMissed() {
        DiscordSimulator sim = discord.sim();
        int resumed = sim.events("RESUMED").size();

        sim.faults().dropGateway();
        // Sent while the bot is disconnected: buffered and replayed after RESUME, as Discord does.
        Interaction missed = sim.slash("status", Map.of());

        sim.awaitEvents("RESUMED", resumed + 1, WAIT);
        assertThat(missed.awaitFinalMessage(WAIT).path("content").asText()).isEqualTo("All quiet");
        assertThat(sim.events("CONNECT"))
                .last()
                .satisfies(c -> assertThat(c.body().path("resource").asText()).startsWith("/resume"));
        assertThat(sim.events("RESUME"))
                .last()
                .satisfies(r -> assertThat(r.body().path("d").path("session_id").asText())
                        .isNotBlank());
        awaitConnected();
        Interaction next = sim.slash("status", Map.of());
        assertThat(next.awaitFinalMessage(WAIT).path("content").asText()).isEqualTo("All quiet");
    }

    @Test
    void reconnectRequestIsFollowedByResume() {
        DiscordSimulator sim = discord.sim();
        int resumes = sim.events("RESUME").size();

        sim.faults().requestReconnect();

        sim.awaitEvents("RESUME", resumes + 1, WAIT);
        awaitConnected();
        assertThat(sim.slash("status", Map.of())
                        .awaitFinalMessage(WAIT)
                        .path("content")
                        .asText())
                .isEqualTo("All quiet");
    }

    @Test
    void invalidSessionLeadsToAFreshIdentify() {
        DiscordSimulator sim = discord.sim();
        int identifies = sim.events("IDENTIFY").size();

        sim.faults().invalidateSession();

        sim.awaitEvents("IDENTIFY", identifies + 1, WAIT);
        sim.awaitEvents("READY", identifies + 1, WAIT);
        awaitConnected();
        Interaction interaction = sim.slash("status", Map.of());
        assertThat(interaction.awaitFinalMessage(WAIT).path("content").asText()).isEqualTo("All quiet");
    }

    private static void awaitConnected() {
        Awaitility.await("JDA connected")
                .atMost(WAIT)
                .until(() -> discord.bot().jda.getStatus() == JDA.Status.CONNECTED);
    }
}
