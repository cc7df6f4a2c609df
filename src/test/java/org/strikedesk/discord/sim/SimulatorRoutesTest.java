package org.strikedesk.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** REST behaviour that needs no bot: unknown routes, authentication, channels that are gone. */
@ExtendWith(DiscordSimulatorExtension.class)
class SimulatorRoutesTest {

    @Test
    void unknownRoutesAnswer404AndAreRecordedAsUnhandled(DiscordSimulator sim) {
        RawClient.Answer answer = new RawClient(sim).send("GET", "/guilds/1/emojis", Json.object());

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().path("message").asText()).contains("no simulator route");
        assertThat(sim.takeUnhandled()).containsExactly("GET /guilds/1/emojis");
    }

    @Test
    void aWrongTokenIsUnauthorized(DiscordSimulator sim) {
        RawClient.Answer answer = new RawClient(sim, "not-the-token").send("GET", "/users/@me", Json.object());

        assertThat(answer.status()).isEqualTo(401);
        assertThat(sim.requests())
                .last()
                .satisfies(r -> assertThat(r.authorization()).isEqualTo("Bot not-the-token"));
    }

    @Test
    void unknownChannelAndMessageAnswerWithDiscordCodes(DiscordSimulator sim) {
        RawClient raw = new RawClient(sim);

        RawClient.Answer channel = raw.send("GET", "/channels/42/messages/1", Json.object());
        RawClient.Answer message =
                raw.send("GET", "/channels/" + SimDefaults.NEWS_CHANNEL_ID + "/messages/1", Json.object());

        assertThat(channel.body().path("code").asInt()).isEqualTo(10003);
        assertThat(message.body().path("code").asInt()).isEqualTo(10008);
    }
}
