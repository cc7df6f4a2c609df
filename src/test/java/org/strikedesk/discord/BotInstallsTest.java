package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.discord.sim.GuildBuilder;
import org.strikedesk.discord.sim.Permissions;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimUser;
import org.strikedesk.discord.sim.SimulatedDiscord;

/**
 * StrikeDesk in a server that added it for its slash commands only, without its bot user, as the simulator models it
 * (see {@code SimulatorInstallsTest}): JDA gives such interactions a detached guild and member, which cannot answer
 * permission questions without a channel. The bot answers there, judges admins by the permissions Discord sent with
 * the interaction, and refuses only what needs its bot user, saying how to add it.
 */
class BotInstallsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String FREELANCERS = "1300000000000000400";
    private static final String LOBBY = "1300000000000000401";
    private static final String MANAGERS = "1300000000000000402";
    /** The editors' role (review.role): no permissions of its own. */
    private static final String DESK = "1300000000000000403";

    private static final SimUser NIGHT_EDITOR = SimUser.human("1300000000000000404", "night-editor");

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord = BotOnSimulator.forClass(
            b -> b.guild(GuildBuilder::newsroomDefaults)
                    .guild(g -> g.id(FREELANCERS)
                            .name("Freelancers")
                            .commandsOnly()
                            .textChannel(LOBBY, "lobby")
                            .role(MANAGERS, "Managers", Permissions.MANAGE_GUILD)
                            .role(DESK, "Night desk", 0)
                            .member(SimDefaults.EDITOR, MANAGERS)
                            .member(SimDefaults.REPORTER)
                            .member(NIGHT_EDITOR, DESK)
                            .owner(SimDefaults.EDITOR.id())),
            config -> config.withReview(config.review().withRole(DESK)));

    private static JsonNode ask(String command, String option, String value, boolean editor) {
        var interaction = discord.sim().command(command).in(LOBBY);
        if (option != null) {
            interaction.option(option, value);
        }
        return interaction
                .by(editor ? SimDefaults.EDITOR : SimDefaults.REPORTER)
                .send()
                .awaitFinalMessage(WAIT);
    }

    @DisplayName("Figures are answered in a server that has StrikeDesk's commands but not its bot user")
    @Test
    void answers() {
        JsonNode reply = ask("national", null, null, false);

        assertThat(reply.get("embeds").get(0).get("description").asText()).startsWith("**54,095**");
    }

    @DisplayName("/subscribe there is refused, with the link that adds the bot user, and nothing is kept")
    @Test
    void subscribeNeedsTheBotUser() {
        JsonNode reply = ask("subscribe", "channel", LOBBY, true);

        JsonNode embed = reply.get("embeds").get(0);
        assertThat(embed.get("title").asText()).isEqualTo("StrikeDesk cannot post there");
        assertThat(embed.get("description").asText())
                .contains("for its slash commands only")
                .contains("https://discord.com/oauth2/authorize?client_id=" + SimDefaults.BOT_ID
                        + "&scope=bot+applications.commands&permissions=");
        assertThat(reply.get("flags").asInt() & 64).isEqualTo(64);
        assertThat(discord.bot().app().posts().subscriptions().all()).isEmpty();
    }

    @DisplayName("Admins are told apart by the permissions sent with the interaction: a member is refused")
    @Test
    void adminsFromThePayload() {
        JsonNode member = ask("subscribe", "channel", LOBBY, false);
        JsonNode help = ask("help", null, null, true);

        assertThat(member.get("embeds").get(0).get("title").asText()).isEqualTo("Not allowed");
        assertThat(help.toString()).contains("/subscribe", "(admin)");
    }

    @DisplayName("The editors' role counts there too: Discord sends the member's role ids with the interaction")
    @Test
    void editorsRoleFromThePayload() {
        JsonNode editor = discord.sim()
                .command("review")
                .in(LOBBY)
                .by(NIGHT_EDITOR)
                .send()
                .awaitFinalMessage(WAIT);
        JsonNode reporter = ask("review", null, null, false);

        assertThat(editor.get("embeds").get(0).get("title").asText()).isEqualTo("Nothing held for review");
        assertThat(reporter.get("embeds").get(0).get("title").asText()).isEqualTo("Not allowed");
    }

    @DisplayName("Its commands are declared for servers that installed it; Discord would not offer them elsewhere")
    @Test
    void declaredContexts() {
        for (JsonNode command : discord.sim().registeredCommands()) {
            assertThat(command.get("contexts").toString())
                    .as(command.get("name").asText())
                    .isEqualTo("[\"0\"]");
            assertThat(command.get("integration_types").toString())
                    .as(command.get("name").asText())
                    .isEqualTo("[\"0\"]");
        }
        assertThatThrownBy(() ->
                        discord.sim().command("national").inDirectMessage().send())
                .hasMessageContaining("Discord would not offer it there");
        assertThatThrownBy(() ->
                        discord.sim().command("national").installedToUser().send())
                .hasMessageContaining("Discord would not offer it there");
    }
}
