package org.strikedesk.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.exceptions.DetachedEntityException;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where an app is installed and where its commands are offered. A server may add the app with the
 * {@code applications.commands} scope alone (docs {@code interactions/application-commands.mdx}: "Application
 * commands do not depend on a bot user in the guild"): it is then not in READY, and its interactions carry a partial
 * guild {@code {id, locale, features}}, the member's and channel's computed {@code permissions}, {@code context} and
 * {@code authorizing_integration_owners} (docs {@code interactions/receiving-and-responding.mdx}, "Interaction
 * Object"), which JDA turns into a detached guild and member (JDA {@code internal/entities/InteractionEntityBuilder},
 * {@code DetachedMemberImpl}). A global command is offered only in the contexts and installation types it declares.
 */
class SimulatorInstallsTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String COMMANDS_ONLY = "1300000000000000400";
    private static final String LOBBY = "1300000000000000401";

    @RegisterExtension
    static final SimulatedDiscord<SimBot> discord = SimulatedDiscord.forClass(
            b -> b.guild(GuildBuilder::newsroomDefaults)
                    .guild(g -> g.id(COMMANDS_ONLY)
                            .name("Freelancers")
                            .commandsOnly()
                            .textChannel(LOBBY, "lobby")
                            .role(SimDefaults.EDITOR_ROLE_ID + "9", "Editor", Permissions.MANAGE_GUILD)
                            .member(SimDefaults.EDITOR, SimDefaults.EDITOR_ROLE_ID + "9")
                            .member(SimDefaults.REPORTER)
                            .owner(SimDefaults.EDITOR.id())),
            SimBot::connect);

    @BeforeAll
    static void registerCommands() {
        discord.bot()
                .jda
                .updateCommands()
                .addCommands(
                        Commands.slash("status", "Say how things are").setContexts(InteractionContextType.GUILD),
                        Commands.slash("ping", "Anywhere").setContexts(InteractionContextType.ALL))
                .complete();
    }

    @AfterEach
    void noClientErrors() {
        assertThat(discord.bot().errors).isEmpty();
    }

    @DisplayName("A server that added the app for commands only is not in READY, and the bot's REST calls there fail")
    @Test
    void notInReady() {
        JsonNode ready = discord.sim().events("READY").get(0).body().path("d");
        RawClient.Answer post = new RawClient(discord.sim())
                .send(
                        "POST",
                        "/channels/" + LOBBY + "/messages",
                        Json.object().put("content", "hello").set("allowed_mentions", Json.object()));

        assertThat(ready.path("guilds").toString())
                .contains(SimDefaults.GUILD_ID)
                .doesNotContain(COMMANDS_ONLY);
        assertThat(discord.bot().jda.getGuildById(COMMANDS_ONLY)).isNull();
        assertThat(post.status()).isEqualTo(403);
        assertThat(post.body().path("code").asInt()).isEqualTo(50001);
    }

    @DisplayName("Its interactions give JDA a detached guild whose member's permissions come from the payload")
    @Test
    void detachedGuild() {
        discord.bot().onSlash("status", e -> {
            Member member = e.getMember();
            boolean throwsWithoutChannel;
            try {
                member.hasPermission(Permission.MANAGE_SERVER);
                throwsWithoutChannel = false;
            } catch (DetachedEntityException expected) {
                throwsWithoutChannel = true;
            }
            e.reply("detached=" + e.getGuild().isDetached() + " throws=" + throwsWithoutChannel + " manager="
                            + member.hasPermission((GuildChannel) e.getChannel(), Permission.MANAGE_SERVER))
                    .queue();
        });

        Interaction editor =
                discord.sim().command("status").by(SimDefaults.EDITOR).in(LOBBY).send();
        Interaction reporter = discord.sim().command("status").in(LOBBY).send();

        assertThat(editor.awaitFinalMessage(WAIT).path("content").asText())
                .isEqualTo("detached=true throws=true manager=true");
        assertThat(reporter.awaitFinalMessage(WAIT).path("content").asText())
                .isEqualTo("detached=true throws=true manager=false");
        JsonNode payload = editor.payload();
        assertThat(payload.path("guild").path("id").asText()).isEqualTo(COMMANDS_ONLY);
        assertThat(payload.path("authorizing_integration_owners").path("0").asText())
                .isEqualTo(COMMANDS_ONLY);
        assertThat(payload.path("app_permissions").asLong()
                        & ~(Permissions.ATTACH_FILES
                                | Permissions.EMBED_LINKS
                                | Permissions.MENTION_EVERYONE
                                | Permissions.USE_EXTERNAL_EMOJIS))
                .as("an app without a bot user has at most @everyone's attach, embed, mention and emoji rights")
                .isZero();
    }

    /**
     * The interaction's member is a guild member object with its role ids and its permissions in the channel, overwrites
     * included (docs {@code interactions/receiving-and-responding.mdx}, Interaction Object, {@code member}: "Guild
     * member data for the invoking user, including permissions"; {@code resources/guild.mdx}, Guild Member Object:
     * {@code roles}, "array of role object ids", and {@code permissions}, "returned when in the interaction object"),
     * whether or not the app's bot user is in the server.
     */
    @DisplayName("An interaction's member carries its role ids and its permissions in the channel, bot user or not")
    @Test
    void memberInThePayload() {
        discord.bot().onSlash("status", e -> e.reply("ok").queue());

        JsonNode editor = discord.sim()
                .command("status")
                .by(SimDefaults.EDITOR)
                .in(LOBBY)
                .send()
                .payload()
                .path("member");
        JsonNode reporter =
                discord.sim().command("status").in(LOBBY).send().payload().path("member");

        assertThat(editor.path("roles").toString()).isEqualTo("[\"" + SimDefaults.EDITOR_ROLE_ID + "9\"]");
        assertThat(Long.parseLong(editor.path("permissions").asText()) & Permissions.MANAGE_GUILD)
                .isNotZero();
        assertThat(reporter.path("roles").toString()).isEqualTo("[]");
        assertThat(Long.parseLong(reporter.path("permissions").asText()) & Permissions.MANAGE_GUILD)
                .isZero();
    }

    @DisplayName("A command is offered only in the contexts and installation types it declares")
    @Test
    void contexts() {
        assertThatThrownBy(
                        () -> discord.sim().command("status").inDirectMessage().send())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not list interaction context 1");
        assertThatThrownBy(
                        () -> discord.sim().command("status").installedToUser().send())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not list installation type 1");
        assertThatThrownBy(() -> discord.sim().command("ping").inDirectMessage().send())
                .as("offered in DMs, which the simulator does not model")
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(discord.sim().slash("ping", Map.of())).isNotNull();
    }
}
