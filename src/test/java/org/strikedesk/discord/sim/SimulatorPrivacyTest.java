package org.strikedesk.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strikedesk.discord.sim.SimBot.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who sees a deferred answer. Discord fixes it when the interaction is deferred: the first follow-up after a
 * deferral edits the loading message, "the ephemeral flag will be ignored, and the value you provided in the
 * initial defer response will be preserved, as an existing message's ephemeral state cannot be changed" (docs
 * {@code interactions/receiving-and-responding.mdx}, "Create Followup Message"), and an edit may change only
 * SUPPRESS_EMBEDS and IS_COMPONENTS_V2 (docs {@code resources/webhook.mdx} "Edit Webhook Message",
 * {@code resources/message.mdx} "Edit Message": "unsupported flag changes are currently ignored without error").
 */
class SimulatorPrivacyTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String DESK = SimDefaults.DESK_CHANNEL_ID;
    private static final int EPHEMERAL = 64;

    @RegisterExtension
    static final SimulatedDiscord<SimBot> discord = SimulatedDiscord.forClass(SimBot::connect);

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

    @DisplayName("A follow-up marked ephemeral straight after a public deferral fills in the public message")
    @Test
    void followUpAfterPublicDeferralStaysPublic() {
        discord.bot().onSlash("status", e -> {
            e.deferReply(false).queue();
            e.getHook().sendMessage("Only for you?").setEphemeral(true).queue();
        });

        Interaction interaction = discord.sim().slash("status", Map.of());

        JsonNode message = interaction.awaitFinalMessage(WAIT);
        assertThat(message.path("content").asText()).isEqualTo("Only for you?");
        assertThat(message.path("flags").asInt() & EPHEMERAL).isZero();
        assertThat(discord.sim().seenByEveryone(DESK))
                .anySatisfy(m -> assertThat(m.path("content").asText()).isEqualTo("Only for you?"));
    }

    @DisplayName("An edit of a private deferral stays private, whatever flags it sends")
    @Test
    void privateDeferralStaysPrivate() {
        discord.bot().onSlash("status", e -> {
            e.deferReply(true).queue();
            e.getHook().editOriginal(edit("Just you")).queue();
        });

        Interaction interaction = discord.sim().slash("status", Map.of());
        JsonNode message = interaction.awaitFinalMessage(WAIT);
        RawClient.Answer cleared = new RawClient(discord.sim())
                .send(
                        "PATCH",
                        webhook(interaction) + "/messages/@original",
                        Json.object().put("flags", 0));

        assertThat(message.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.body().path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(discord.sim().seenByEveryone(DESK))
                .noneSatisfy(m -> assertThat(m.path("content").asText()).isEqualTo("Just you"));
    }

    @DisplayName("An edit asking for EPHEMERAL on a public message is ignored without error: it stays public")
    @Test
    void publicMessageCannotBecomePrivate() {
        discord.bot().onSlash("status", e -> e.deferReply(false).queue());
        Interaction interaction = discord.sim().slash("status", Map.of());
        interaction.awaitAcknowledgement(WAIT);

        RawClient.Answer edited = new RawClient(discord.sim())
                .send(
                        "PATCH",
                        webhook(interaction) + "/messages/@original",
                        Json.object()
                                .put("content", "Secret")
                                .put("flags", EPHEMERAL)
                                .set("allowed_mentions", Json.object().set("parse", Json.array())));

        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.body().path("flags").asInt() & EPHEMERAL).isZero();
    }

    @DisplayName("Once the loading message is edited, a follow-up is a new message, private if flagged so")
    @Test
    void laterFollowUpHonoursTheFlag() {
        discord.bot().onSlash("status", e -> {
            e.deferReply(false).queue();
            e.getHook()
                    .editOriginal(edit("For everyone"))
                    .flatMap(m -> e.getHook().sendMessage("For you").setEphemeral(true))
                    .queue();
        });

        Interaction interaction = discord.sim().slash("status", Map.of());

        JsonNode followUp = Waits.until(
                "a private follow-up",
                WAIT,
                () -> interaction.followUps().stream().findFirst());
        assertThat(followUp.path("content").asText()).isEqualTo("For you");
        assertThat(followUp.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(interaction.original().orElseThrow().path("content").asText())
                .isEqualTo("For everyone");
    }

    private static String webhook(Interaction interaction) {
        return "/webhooks/" + discord.sim().applicationId() + "/" + interaction.token();
    }
}
