package org.strikedesk.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An interaction is dead three seconds after Discord created it (docs {@code interactions/receiving-and-responding.mdx}:
 * "you must send an initial response within 3 seconds"; the simulator counts from the time in the interaction's
 * snowflake id, docs {@code reference.mdx} "Snowflakes"), however late it reached the bot. JDA makes no such check
 * itself (JDA {@code internal/interactions/InteractionCallbackImpl}): it sends the callback and gets 10062.
 */
class SimulatorDeadlinesTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final SimulatedDiscord<SimBot> discord = SimulatedDiscord.forClass(SimBot::connect);

    @BeforeAll
    static void answerAtOnce() {
        discord.bot()
                .jda
                .updateCommands()
                .addCommands(Commands.slash("status", "Say how things are"))
                .complete();
        discord.bot().onSlash("status", e -> e.reply("All quiet").queue(null, failure -> {}));
    }

    @DisplayName("An interaction created 4 s before it is delivered is dead: even an instant answer gets 10062")
    @Test
    void deadOnArrival() {
        Interaction late = discord.sim()
                .command("status")
                .createdAgo(Duration.ofSeconds(4))
                .send();

        assertThat(discord.sim().awaitViolation(DiscordRules.ACK_DEADLINE, WAIT))
                .singleElement()
                .satisfies(v -> assertThat(v.detail()).contains(late.id()));
        assertThat(discord.sim().requests())
                .anySatisfy(r -> assertThat(r.path() + " " + r.status()).endsWith(late.token() + "/callback 404"));
        assertThat(late.acknowledgedWithin()).isEmpty();
    }

    @DisplayName("An interaction created 1 s before delivery still has two seconds, and an instant answer counts")
    @Test
    void stillAlive() {
        Interaction interaction = discord.sim()
                .command("status")
                .createdAgo(Duration.ofSeconds(1))
                .send();

        assertThat(interaction.awaitFinalMessage(WAIT).path("content").asText()).isEqualTo("All quiet");
        assertThat(interaction.acknowledgedWithin().orElseThrow())
                .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(3));
    }

    @DisplayName("After a gateway outage longer than 3 s, the interactions made meanwhile arrive on RESUME, dead")
    @Test
    void afterAnOutage() {
        Faults.Outage outage = discord.sim().faults().gatewayOutage();
        Interaction meanwhile = discord.sim().slash("status", Map.of());
        Waits.until(
                "the interaction to be older than Discord's deadline",
                WAIT,
                () -> Optional.of(meanwhile)
                        .filter(i -> Duration.between(Snowflakes.timeOf(i.id()), Instant.now())
                                        .compareTo(Interaction.ACK_DEADLINE)
                                > 0));
        assertThat(meanwhile.deliveredAt())
                .as("not delivered during the outage")
                .isEmpty();
        outage.close();
        discord.sim().awaitEvents("RESUMED", 1, WAIT);

        assertThat(discord.sim().awaitViolation(DiscordRules.ACK_DEADLINE, WAIT))
                .singleElement()
                .satisfies(v -> assertThat(v.detail()).contains(meanwhile.id()));
        assertThat(Duration.between(
                        Snowflakes.timeOf(meanwhile.id()),
                        meanwhile.deliveredAt().orElseThrow()))
                .isGreaterThan(Interaction.ACK_DEADLINE);
        assertThat(discord.sim()
                        .slash("status", Map.of())
                        .awaitFinalMessage(WAIT)
                        .path("content")
                        .asText())
                .as("the next interaction, made after the outage, is answered")
                .isEqualTo("All quiet");
    }
}
