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
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimulatedDiscord;

/** "Which trust?" and "Which strike?" answered privately with a menu whose pick runs the command again. */
class BotMenusTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord = BotOnSimulator.forEachTest();

    @DisplayName("Which strike? offers the strikes in a menu; picking one answers the command for it")
    @Test
    void whichStrike() {
        JsonNode asked =
                discord.sim().slash("national", Map.of("strike", "2023")).awaitFinalMessage(WAIT);

        assertThat(asked.get("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(asked.get("embeds").get(0).get("title").asText()).isEqualTo("Which strike?");
        JsonNode menu = asked.get("components").get(0).get("components").get(0);
        assertThat(menu.get("type").asInt()).isEqualTo(3);
        assertThat(menu.get("custom_id").asText()).isEqualTo("rerun:national:strike:");
        assertThat(values(menu)).contains("2023-04-junior-doctors", "2023-12-junior-doctors");

        JsonNode answer = discord.sim()
                .select("rerun:national:strike:", asked, List.of("2023-04-junior-doctors"), SimDefaults.REPORTER)
                .awaitFinalMessage(WAIT);

        JsonNode embed = answer.get("embeds").get(0);
        assertThat(embed.get("title").asText()).isEqualTo("England: junior doctors' strike, 11\u201314 April 2023");
        assertThat(embed.get("description").asText()).startsWith("**196,225** rescheduled");
        assertThat(answer.get("flags").asInt() & 64)
                .as("figures are for the channel")
                .isZero();
    }

    @DisplayName("Which trust? offers the trusts in a menu, keeping the other options given")
    @Test
    void whichTrust() {
        JsonNode asked = discord.sim()
                .slash("cancellations", Map.of("trust", "QEH", "strike", "april 2023"))
                .awaitFinalMessage(WAIT);

        JsonNode menu = asked.get("components").get(0).get("components").get(0);
        assertThat(menu.get("custom_id").asText()).isEqualTo("rerun:cancellations:trust:strike=april+2023");
        assertThat(values(menu)).containsExactly("RR7", "RJ2", "RCX");
        assertThat(menu.get("options").get(0).get("label").asText())
                .isEqualTo("Gateshead Health NHS Foundation Trust (RR7)");

        JsonNode answer = discord.sim()
                .select(menu.get("custom_id").asText(), asked, List.of("RJ2"), SimDefaults.REPORTER)
                .awaitFinalMessage(WAIT);

        assertThat(answer.get("embeds").get(0).get("title").asText()).isEqualTo("No figures for this strike");
        assertThat(answer.get("embeds").get(0).get("description").asText())
                .startsWith("No figures have been published for Lewisham and Greenwich NHS Trust in the junior doctors'"
                        + " strike of 11\u201314 April 2023");
    }

    private static List<String> values(JsonNode menu) {
        List<String> values = new ArrayList<>();
        menu.get("options").forEach(o -> values.add(o.get("value").asText()));
        return values;
    }
}
