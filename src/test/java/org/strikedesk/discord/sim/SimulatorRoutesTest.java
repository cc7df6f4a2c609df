package org.strikedesk.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
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

    /**
     * Discord keeps global and guild commands apart and shows both in the guild (discord/discord-api-docs#3885); a
     * bulk overwrite replaces one list, so an empty one deletes them all (docs
     * {@code interactions/application-commands.mdx}, "Bulk Overwrite"; brainboxdotcc/DPP#360).
     */
    @DisplayName(
            "Global and guild commands are separate lists, both offered in the guild; an empty overwrite empties one")
    @Test
    void bothScopesAndEmptyOverwrites(DiscordSimulator sim) {
        RawClient raw = new RawClient(sim);
        String global = "/applications/" + sim.applicationId() + "/commands";
        String guild = "/applications/" + sim.applicationId() + "/guilds/" + SimDefaults.GUILD_ID + "/commands";
        ArrayNode status = Json.array();
        status.addObject().put("name", "status").put("description", "How things are");

        raw.send("PUT", global, status);
        raw.send("PUT", guild, status);
        List<String> both = sim.commandNamesIn(SimDefaults.GUILD_ID);
        RawClient.Answer emptied = raw.send("PUT", global, Json.array());

        assertThat(both).containsExactly("status", "status");
        assertThat(emptied.status()).isEqualTo(200);
        assertThat(emptied.body()).isEmpty();
        assertThat(sim.commandNamesIn(SimDefaults.GUILD_ID)).containsExactly("status");
    }
}
