package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimulatedDiscord;

/**
 * Moving between global and per-server registration. A server shows a global command and a guild command of the
 * same name side by side (discord/discord-api-docs#3885); the simulator keeps both lists, as Discord does, and an
 * empty bulk overwrite empties one (JDA's {@code updateCommands()} with nothing added sends {@code []}). Each run
 * empties the scope it does not use, so no one sees a command twice.
 */
class BotCommandScopesTest {
    private static final String GUILD = SimDefaults.GUILD_ID;

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord = BotOnSimulator.forClass();

    @DisplayName("Global, then per server, then global again: each command offered once in the server each time")
    @Test
    void switchingScopes() {
        List<String> names = discord.bot().app().commands().specs().stream()
                .map(CommandSpec::name)
                .sorted()
                .toList();
        assertThat(discord.sim().registeredCommands()).hasSize(names.size());

        discord.bot().restartRegisteringIn(List.of(GUILD));

        assertThat(discord.sim().registeredCommands())
                .as("global, left by the first run")
                .isEmpty();
        assertThat(discord.sim().registeredGuildCommands(GUILD)).hasSize(names.size());
        assertThat(discord.sim().commandNamesIn(GUILD).stream().sorted()).containsExactlyElementsOf(names);

        discord.bot().restartRegisteringIn(List.of());

        assertThat(discord.sim().registeredGuildCommands(GUILD))
                .as("in the server, left by the second run")
                .isEmpty();
        assertThat(discord.sim().registeredCommands()).hasSize(names.size());
        assertThat(discord.sim().commandNamesIn(GUILD).stream().sorted()).containsExactlyElementsOf(names);
    }
}
