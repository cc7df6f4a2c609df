package org.strikedesk.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.strikedesk.discord.sim.SimBot.edit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each test breaks one of Discord's rules on purpose and takes the violation it expects. */
class SimulatorRulesTest {
    static final Duration WAIT = Duration.ofSeconds(6);

    @RegisterExtension
    static final SimulatedDiscord<SimBot> discord = SimulatedDiscord.forClass(SimBot::connect);

    static RawClient raw;

    @BeforeAll
    static void registerCommands() {
        raw = new RawClient(discord.sim());
        discord.bot()
                .jda
                .updateCommands()
                .addCommands(
                        Commands.slash("shout", "Misbehave"),
                        Commands.slash("late", "Answer too late"),
                        Commands.slash("hold", "Defer and keep the hook"),
                        Commands.slash("ask", "Ask").addOption(OptionType.STRING, "question", "What", true, true))
                .complete();
    }

    /** The hook reaches the handler only after JDA has processed the simulator's answer. */
    private static InteractionHook awaitHook(AtomicReference<InteractionHook> hook) {
        Awaitility.await("deferred hook").atMost(WAIT).until(() -> hook.get() != null);
        return hook.get();
    }

    private static String rules(List<Violation> violations) {
        return String.join(
                ",", violations.stream().map(Violation::rule).distinct().toList());
    }

    @Test
    void replyAllowingEveryoneIsRecordedButDelivered() {
        discord.bot()
                .onSlash(
                        "shout",
                        e -> e.reply("@everyone strike!")
                                .setAllowedMentions(EnumSet.of(Message.MentionType.EVERYONE))
                                .queue());
        DiscordSimulator sim = discord.sim();

        Interaction interaction = sim.slash("shout", Map.of());

        assertThat(interaction.awaitFinalMessage(WAIT).path("mention_everyone").asBoolean())
                .isTrue();
        assertThat(rules(sim.awaitViolation(DiscordRules.ALLOWED_MENTIONS, WAIT)))
                .isEqualTo(DiscordRules.ALLOWED_MENTIONS);
    }

    @Test
    void editWithoutAllowedMentionsIsRecorded() {
        AtomicReference<InteractionHook> hook = new AtomicReference<>();
        discord.bot().onSlash("hold", e -> e.deferReply().queue(hook::set));
        DiscordSimulator sim = discord.sim();
        sim.slash("hold", Map.of());

        awaitHook(hook)
                .editOriginal("JDA's plain edit sends no allowed_mentions")
                .complete();

        assertThat(rules(sim.takeViolations())).isEqualTo(DiscordRules.ALLOWED_MENTIONS);
    }

    @Test
    void overLongEmbedIsRefusedWith50035() {
        ObjectNode body = Json.object().put("content", "x");
        body.putObject("allowed_mentions").putArray("parse");
        ArrayNode embeds = body.putArray("embeds");
        embeds.addObject().put("title", "t".repeat(257));
        embeds.addObject().put("description", "d".repeat(4000));
        embeds.addObject().put("description", "d".repeat(2000));

        RawClient.Answer answer = raw.send("POST", "/channels/" + SimDefaults.DESK_CHANNEL_ID + "/messages", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("code").asInt()).isEqualTo(50035);
        List<Violation> violations = discord.sim().takeViolations();
        assertThat(violations).extracting(Violation::detail).anyMatch(d -> d.contains("embed title"));
        assertThat(violations).extracting(Violation::detail).anyMatch(d -> d.contains("total"));
    }

    @Test
    void twentySixthAutocompleteChoiceIsRefused() {
        DiscordSimulator sim = discord.sim();
        Interaction interaction = sim.autocomplete("ask", "question", "n", Map.of());
        ObjectNode body = Json.object().put("type", 8);
        ArrayNode choices = body.putObject("data").putArray("choices");
        for (int i = 1; i <= 26; i++) {
            choices.addObject().put("name", "choice " + i).put("value", "v" + i);
        }

        RawClient.Answer answer = raw.callback(interaction, body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(rules(sim.takeViolations())).isEqualTo(DiscordRules.AUTOCOMPLETE_CHOICES);
        assertThat(interaction.callbacks()).isEmpty();
    }

    @Test
    void acknowledgementAfterThreeSecondsIsRecordedAndRefused() {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        discord.bot().onSlash("late", e -> {
            var unused = e.reply("finally").queueAfter(3200, TimeUnit.MILLISECONDS, null, failure::set);
        });
        DiscordSimulator sim = discord.sim();

        Interaction interaction = sim.slash("late", Map.of());

        assertThat(rules(sim.awaitViolation(DiscordRules.ACK_DEADLINE, WAIT))).isEqualTo(DiscordRules.ACK_DEADLINE);
        Awaitility.await().atMost(WAIT).until(() -> failure.get() != null);
        assertThat(failure.get()).isInstanceOf(ErrorResponseException.class);
        assertThat(interaction.acknowledgedWithin()).isEmpty();
    }

    @Test
    void secondAcknowledgementIsRefusedWith40060() {
        discord.bot().onSlash("shout", e -> e.reply("once").queue());
        DiscordSimulator sim = discord.sim();
        Interaction interaction = sim.slash("shout", Map.of());
        interaction.awaitFinalMessage(WAIT);

        RawClient.Answer answer = raw.callback(interaction, Json.object().put("type", 5));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("code").asInt()).isEqualTo(40060);
        assertThat(rules(sim.takeViolations())).isEqualTo(DiscordRules.DOUBLE_ACK);
    }

    @Test
    void webhookUseAfterFifteenMinutesIsRefused() {
        AtomicReference<InteractionHook> hook = new AtomicReference<>();
        discord.bot().onSlash("hold", e -> e.deferReply().queue(hook::set));
        DiscordSimulator sim = discord.sim();
        Interaction interaction = sim.slash("hold", Map.of());
        InteractionHook deferred = awaitHook(hook);

        interaction.expireToken();

        assertThatThrownBy(() -> deferred.editOriginal(edit("too late")).complete())
                .isInstanceOf(ErrorResponseException.class)
                .hasMessageContaining("50027");
        assertThat(rules(sim.takeViolations())).isEqualTo(DiscordRules.TOKEN_LIFETIME);
    }

    @Test
    void commandNamesMustBeLowerCase() {
        ArrayNode commands = Json.array();
        commands.addObject().put("name", "Ask").put("description", "Upper case").put("type", 1);

        RawClient.Answer answer = raw.send("PUT", "/applications/" + SimDefaults.BOT_ID + "/commands", commands);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(rules(discord.sim().takeViolations())).isEqualTo(DiscordRules.COMMAND_DEFINITION);
        assertThat(discord.sim().registeredCommands())
                .extracting(c -> c.path("name").asText())
                .doesNotContain("Ask")
                .contains("shout");
    }
}
