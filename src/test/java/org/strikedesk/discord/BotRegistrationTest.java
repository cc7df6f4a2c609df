package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.TestApplications;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.discord.sim.DiscordSimulator;
import org.strikedesk.discord.sim.DiscordSimulatorExtension;
import org.strikedesk.discord.sim.SimDefaults;

/** With servers named in the config, commands are registered in each of them (instant) rather than globally. */
class BotRegistrationTest {
    @RegisterExtension
    static final DiscordSimulatorExtension discord = new DiscordSimulatorExtension();

    @TempDir
    Path folder;

    @DisplayName("Commands go to the configured server, not globally, and are answered there")
    @Test
    void guildRegistration() {
        DiscordSimulator sim = discord.simulator();
        try (BotOnSimulator bot =
                BotOnSimulator.start(sim, folder, List.of(SimDefaults.GUILD_ID), TestApplications.fixedClock())) {
            List<String> names = new ArrayList<>();
            sim.registeredGuildCommands(SimDefaults.GUILD_ID)
                    .forEach(c -> names.add(c.get("name").asText()));

            assertThat(names)
                    .containsExactlyInAnyOrderElementsOf(bot.app.commands().specs().stream()
                            .map(CommandSpec::name)
                            .toList());
            assertThat(sim.registeredCommands().size()).isZero();
            JsonNode answer = sim.slash("national", Map.of()).awaitFinalMessage(Duration.ofSeconds(10));
            assertThat(answer.get("embeds").get(0).get("description").asText()).startsWith("54,095");
        }
    }
}
