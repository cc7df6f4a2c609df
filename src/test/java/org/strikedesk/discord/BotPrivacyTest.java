package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.discord.sim.Interaction;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimulatedDiscord;

/**
 * Answers meant for one person stay theirs when the bot is slow. Discord fixes who sees an answer when the
 * interaction is deferred (the simulator models it; see {@code SimulatorPrivacyTest}), so the bot decides before it
 * defers: privately for refusals and for /help, /subscriptions and /ingest; for everyone for figures, whose errors
 * then go to the asker alone.
 */
class BotPrivacyTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String DESK = SimDefaults.DESK_CHANNEL_ID;
    private static final int EPHEMERAL = 64;

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord = BotOnSimulator.forClass();

    @DisplayName("/subscriptions deferred because the store is slow is deferred privately, and no one else sees it")
    @Test
    void subscriptionsWhenSlow() throws Exception {
        Interaction interaction;
        JsonNode deferral;
        try (BusyStore busy = BusyStore.hold(discord.bot().app().database())) {
            interaction = discord.sim()
                    .command("subscriptions")
                    .by(SimDefaults.EDITOR)
                    .in(DESK)
                    .send();
            deferral = interaction.awaitAcknowledgement(WAIT);
            busy.release();
        }
        JsonNode answer = interaction.awaitFinalMessage(WAIT);

        assertThat(deferral.get("type").asInt()).as("deferred").isEqualTo(5);
        assertThat(deferral.path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(title(answer)).isEqualTo("No subscriptions");
        assertThat(answer.get("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(discord.sim().seenByEveryone(DESK))
                .noneSatisfy(m -> assertThat(m.path("id")).isEqualTo(answer.path("id")));
    }

    @DisplayName("A /chart error after the public deferral reaches the asker alone; the loading message goes")
    @Test
    void chartErrorAfterPublicDeferral() {
        Interaction interaction = discord.sim().slash("chart", Map.of("trust", "no such hospital anywhere"));

        JsonNode deferral = interaction.awaitAcknowledgement(WAIT);
        JsonNode error = interaction.awaitFollowUps(1, WAIT).get(0);
        interaction.awaitOriginalDeleted(WAIT);

        assertThat(deferral.get("type").asInt()).isEqualTo(5);
        assertThat(deferral.path("data").path("flags").asInt() & EPHEMERAL)
                .as("a chart is for everyone")
                .isZero();
        assertThat(error.get("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(title(error)).isNotBlank();
        assertThat(discord.sim().seenByEveryone(DESK))
                .noneSatisfy(m -> assertThat(m.toString()).contains(title(error)));
    }

    @DisplayName("/help for an editor, which lists the admin commands, is answered to the editor alone")
    @Test
    void helpForAdmins() {
        JsonNode answer = discord.sim()
                .command("help")
                .by(SimDefaults.EDITOR)
                .in(DESK)
                .send()
                .awaitFinalMessage(WAIT);

        assertThat(answer.toString()).contains("/subscribe", "(admin)");
        assertThat(answer.get("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(discord.sim().seenByEveryone(DESK))
                .noneSatisfy(m -> assertThat(m.toString()).contains("(admin)"));
    }

    private static String title(JsonNode message) {
        return message.path("embeds").path(0).path("title").asText();
    }
}
