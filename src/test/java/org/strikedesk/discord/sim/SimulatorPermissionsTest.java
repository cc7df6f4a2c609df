package org.strikedesk.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Channel permission overwrites, over the wire. JDA checks permissions against its cache before it sends anything
 * (JDA {@code internal/entities/channel/mixin/middleman/GuildMessageChannelMixin.java} {@code checkCanSendMessage},
 * {@code GuildChannelMixin} {@code checkCanAccess}), so GUILD_CREATE and CHANNEL_UPDATE carry the same overwrites
 * REST enforces: a channel the bot cannot view answers 403 / 50001, one where it cannot send 403 / 50013, and a
 * history it cannot read comes back empty (docs {@code resources/message.mdx}, "Get Channel Messages").
 */
class SimulatorPermissionsTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String LOCKED = "1300000000000000203";
    private static final String NO_EMBEDS = "1300000000000000204";
    private static final String NO_HISTORY = "1300000000000000205";
    private static final String EDITORS_ONLY = "1300000000000000206";

    @RegisterExtension
    static final SimulatedDiscord<SimBot> discord = SimulatedDiscord.forClass(
            b -> b.guild(g -> g.newsroomDefaults()
                    .textChannel(LOCKED, "locked")
                    .denyEveryone(LOCKED, Permissions.VIEW_CHANNEL)
                    .textChannel(NO_EMBEDS, "no-embeds")
                    .botOverwrite(NO_EMBEDS, 0, Permissions.EMBED_LINKS)
                    .textChannel(NO_HISTORY, "no-history")
                    .botOverwrite(NO_HISTORY, 0, Permissions.READ_MESSAGE_HISTORY)
                    .textChannel(EDITORS_ONLY, "editors")
                    .denyEveryone(EDITORS_ONLY, Permissions.VIEW_CHANNEL)
                    .overwrite(
                            EDITORS_ONLY, SimOverwrite.role(SimDefaults.EDITOR_ROLE_ID, Permissions.VIEW_CHANNEL, 0))),
            SimBot::connect);

    @BeforeAll
    static void registerCommands() {
        discord.bot()
                .jda
                .updateCommands()
                .addCommands(Commands.slash("status", "Say how things are"))
                .complete();
    }

    @AfterEach
    void noClientErrors() {
        assertThat(discord.bot().errors).isEmpty();
    }

    private static TextChannel channel(String id) {
        return discord.bot().jda.getTextChannelById(id);
    }

    private static Member self() {
        return discord.bot().jda.getGuildById(SimDefaults.GUILD_ID).getSelfMember();
    }

    @DisplayName("JDA's cache, built from GUILD_CREATE, grants the bot exactly what REST enforces")
    @Test
    void cacheAgreesWithRest() {
        for (String id : List.of(SimDefaults.NEWS_CHANNEL_ID, LOCKED, NO_EMBEDS, NO_HISTORY, EDITORS_ONLY)) {
            long jda = Permission.getRaw(self().getPermissions(channel(id)));
            long rest = discord.sim().botPermissions(id);
            // JDA leaves out the implicit rule that denied Send Messages takes Embed Links and Attach Files with it;
            // no channel here denies Send Messages, so the two must be equal.
            assertThat(jda).as("channel " + id).isEqualTo(rest);
        }
        assertThat(self().hasPermission(channel(LOCKED), Permission.VIEW_CHANNEL))
                .isFalse();
        assertThat(self().hasPermission(channel(NO_EMBEDS), Permission.MESSAGE_EMBED_LINKS))
                .isFalse();
    }

    @DisplayName("A channel the bot cannot view answers 403 / 50001 Missing Access")
    @Test
    void missingAccess() {
        RawClient.Answer post = new RawClient(discord.sim()).send("POST", "/channels/" + LOCKED + "/messages", text());
        RawClient.Answer list = new RawClient(discord.sim()).send("GET", "/channels/" + LOCKED + "/messages", null);

        assertThat(post.status()).isEqualTo(403);
        assertThat(post.body().path("code").asInt()).isEqualTo(50001);
        assertThat(list.body().path("code").asInt()).isEqualTo(50001);
        assertThat(discord.sim().channelMessages(LOCKED)).isEmpty();
    }

    @DisplayName("Without Embed Links a message with an embed answers 403 / 50013; plain text still goes")
    @Test
    void embedsNeedEmbedLinks() {
        ObjectNode embed = text();
        embed.putArray("embeds").addObject().put("title", "Figures");

        RawClient.Answer refused =
                new RawClient(discord.sim()).send("POST", "/channels/" + NO_EMBEDS + "/messages", embed);
        RawClient.Answer accepted =
                new RawClient(discord.sim()).send("POST", "/channels/" + NO_EMBEDS + "/messages", text());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("code").asInt()).isEqualTo(50013);
        assertThat(accepted.status()).isEqualTo(200);
    }

    @DisplayName("Without Read Message History the list of messages is empty, not an error; one message is refused")
    @Test
    void historyNeedsReadMessageHistory() {
        JsonNode posted = new RawClient(discord.sim())
                .send("POST", "/channels/" + NO_HISTORY + "/messages", text())
                .body();

        RawClient.Answer list = new RawClient(discord.sim()).send("GET", "/channels/" + NO_HISTORY + "/messages", null);
        RawClient.Answer one = new RawClient(discord.sim())
                .send(
                        "GET",
                        "/channels/" + NO_HISTORY + "/messages/"
                                + posted.path("id").asText(),
                        null);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).isEmpty();
        assertThat(one.status()).isEqualTo(403);
        assertThat(discord.sim().channelMessages(NO_HISTORY)).hasSize(1);
    }

    @DisplayName("An interaction carries the member's permissions in its channel, overwrites included")
    @Test
    void interactionPermissionsIncludeOverwrites() {
        discord.bot().onSlash("status", e -> e.reply("ok").queue());

        Interaction reporter =
                discord.sim().command("status").in(SimDefaults.DESK_CHANNEL_ID).send();
        Interaction editor = discord.sim()
                .command("status")
                .by(SimDefaults.EDITOR)
                .in(EDITORS_ONLY)
                .send();
        reporter.awaitFinalMessage(WAIT);
        editor.awaitFinalMessage(WAIT);

        long reporterPermissions =
                reporter.payload().path("member").path("permissions").asLong();
        assertThat(reporterPermissions & Permissions.VIEW_CHANNEL).isNotZero();
        assertThat(reporterPermissions & Permissions.MANAGE_GUILD).isZero();
        assertThat(editor.payload().path("member").path("permissions").asLong()).isEqualTo(Permissions.ALL);
        assertThat(editor.payload().path("channel").path("permissions").asLong())
                .isEqualTo(Permissions.ALL);
    }

    @DisplayName("Overwrites changed later reach the bot's cache through CHANNEL_UPDATE and bind REST at once")
    @Test
    void changedOverwrites() {
        String news = SimDefaults.NEWS_CHANNEL_ID;
        discord.sim().overwrites(news, List.of(SimOverwrite.member(SimDefaults.BOT_ID, 0, Permissions.SEND_MESSAGES)));
        try {
            Waits.until(
                    "the bot's cache to lose Send Messages in #news",
                    WAIT,
                    () -> Optional.of(channel(news)).filter(c -> !self().hasPermission(c, Permission.MESSAGE_SEND)));
            RawClient.Answer post =
                    new RawClient(discord.sim()).send("POST", "/channels/" + news + "/messages", text());

            assertThat(post.status()).isEqualTo(403);
            assertThat(post.body().path("code").asInt()).isEqualTo(50013);
            assertThat(discord.sim().events("CHANNEL_UPDATE")).isNotEmpty();
        } finally {
            discord.sim().overwrites(news, List.of());
        }
    }

    private static ObjectNode text() {
        ObjectNode body = Json.object().put("content", "Figures");
        body.putObject("allowed_mentions").putArray("parse");
        return body;
    }
}
