package org.strikedesk.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SimulatorLoginTest {
    @RegisterExtension
    static final SimulatedDiscord<SimBot> discord = SimulatedDiscord.forClass(SimBot::connect);

    @Test
    void loginReadyAndGuildsAreVisibleInJda() {
        DiscordSimulator sim = discord.sim().awaitReady(Duration.ofSeconds(5));

        Guild guild = discord.bot().jda.getGuildById(SimDefaults.GUILD_ID);
        assertThat(guild).isNotNull();
        assertThat(guild.getName()).isEqualTo("Newsroom");
        assertThat(guild.getTextChannels()).extracting(c -> c.getName()).containsExactly("news", "desk");
        assertThat(guild.getSelfMember().getRoles())
                .extracting(r -> r.getName())
                .containsExactly("StrikeDesk");
        assertThat(discord.bot().jda.getSelfUser().getApplicationId()).isEqualTo(SimDefaults.BOT_ID);
        assertThat(sim.requests()).first().satisfies(r -> {
            assertThat(r.path()).isEqualTo("/users/@me");
            assertThat(r.authorization()).isEqualTo("Bot " + SimDefaults.TOKEN);
        });
        assertThat(sim.events("IDENTIFY")).hasSize(1);
        assertThat(sim.events("GUILD_CREATE")).hasSize(1);
    }

    @Test
    void globalAndGuildCommandRegistrationIsRecorded() {
        DiscordSimulator sim = discord.sim();
        discord.bot()
                .jda
                .updateCommands()
                .addCommands(Commands.slash("ask", "Ask about the strikes")
                        .addOption(OptionType.STRING, "question", "What you want to know", true, true))
                .complete();
        discord.bot()
                .jda
                .getGuildById(SimDefaults.GUILD_ID)
                .updateCommands()
                .addCommands(Commands.slash("ingest", "Load a spreadsheet")
                        .addOption(OptionType.ATTACHMENT, "file", "The file", true))
                .complete();

        assertThat(sim.registeredCommands())
                .extracting(c -> c.path("name").asText())
                .containsExactly("ask");
        JsonNode guildCommands = sim.registeredGuildCommands(SimDefaults.GUILD_ID);
        assertThat(guildCommands).extracting(c -> c.path("name").asText()).containsExactly("ingest");
        assertThat(guildCommands.get(0).path("id").asText()).isNotBlank();
    }

    @Test
    void wireLogHasOneJsonLinePerRecordWithTheAuthorizationMasked() throws Exception {
        DiscordSimulator sim = discord.sim();
        assertThat(sim.wireLogPath()).hasFileName("SimulatorLoginTest.jsonl");
        List<String> lines = Files.readAllLines(sim.wireLogPath());
        assertThat(lines).hasSizeGreaterThanOrEqualTo(sim.records().size() - 2);
        String log = String.join("\n", lines);
        assertThat(log).doesNotContain(SimDefaults.TOKEN).contains("\"authorization\":\"Bot ***\"");
        JsonNode first = Json.parse(lines.get(0));
        assertThat(first.fieldNames()).toIterable().contains("direction", "method", "path", "status", "body");
    }
}
