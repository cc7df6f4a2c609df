package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimulatedDiscord;

/** With servers named in the config, commands are registered in each of them (instant) rather than globally. */
class BotRegistrationTest {
    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord = BotOnSimulator.inGuilds(List.of(SimDefaults.GUILD_ID));

    @DisplayName("Commands go to the configured server, not globally, and are answered there")
    @Test
    void guildRegistration() {
        List<String> names = new ArrayList<>();
        discord.sim()
                .registeredGuildCommands(SimDefaults.GUILD_ID)
                .forEach(c -> names.add(c.get("name").asText()));

        assertThat(names)
                .containsExactlyInAnyOrderElementsOf(discord.bot().app().commands().specs().stream()
                        .map(CommandSpec::name)
                        .toList());
        assertThat(discord.sim().registeredCommands().size()).isZero();
        JsonNode answer = discord.sim().slash("national", Map.of()).awaitFinalMessage(Duration.ofSeconds(10));
        assertThat(answer.get("embeds").get(0).get("description").asText()).startsWith("**54,095** rescheduled");
        JsonNode help = discord.sim().slash("help", Map.of()).awaitFinalMessage(Duration.ofSeconds(10));
        assertThat(help.get("embeds").get(0).get("description").asText())
                .as("commands linked by the ids Discord gave them at registration")
                .containsPattern("</national:\\d{17,20}>");
    }
}
