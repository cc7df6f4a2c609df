package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.discord.sim.GuildBuilder;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimulatedDiscord;

/**
 * Commands registered in two servers get ids of each server's own (a bulk overwrite answers with them; docs
 * {@code interactions/application-commands.mdx}, "Bulk Overwrite Guild Application Commands"), and a reply in each
 * server links the commands by that server's ids.
 */
class BotCommandIdsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String FEATURES = "1300000000000000500";
    private static final String FEATURES_DESK = "1300000000000000501";

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord = BotOnSimulator.inGuilds(
            world -> world.guild(GuildBuilder::newsroomDefaults)
                    .guild(g -> g.id(FEATURES)
                            .name("Features desk")
                            .textChannel(FEATURES_DESK, "features")
                            .member(SimDefaults.REPORTER)
                            .owner(SimDefaults.REPORTER.id())),
            List.of(SimDefaults.GUILD_ID, FEATURES));

    private static String nationalId(String guild) {
        for (JsonNode command : discord.sim().registeredGuildCommands(guild)) {
            if (command.get("name").asText().equals("national")) {
                return command.get("id").asText();
            }
        }
        throw new AssertionError("/national is not registered in " + guild);
    }

    private static String help(String channel) {
        JsonNode answer = discord.sim()
                .command("help")
                .in(channel)
                .by(SimDefaults.REPORTER)
                .send()
                .awaitFinalMessage(WAIT);
        return answer.get("embeds").get(0).get("description").asText();
    }

    @DisplayName("/help in each of two servers links the commands by that server's own ids")
    @Test
    void eachServerItsOwnIds() {
        String newsroom = nationalId(SimDefaults.GUILD_ID);
        String features = nationalId(FEATURES);

        assertThat(newsroom).isNotEqualTo(features);
        assertThat(help(SimDefaults.DESK_CHANNEL_ID))
                .contains("</national:" + newsroom + ">")
                .doesNotContain(features);
        assertThat(help(FEATURES_DESK)).contains("</national:" + features + ">").doesNotContain(newsroom);
    }
}
