package org.strikedesk.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The nonce window: with {@code enforce_nonce}, a repeat "in the past few minutes" returns the earlier message (docs
 * {@code resources/message.mdx}, "Create Message"; {@code change-log.mdx}, "Enforced Nonces on Create Message
 * Endpoint"); after it, the same nonce posts again. Discord states no exact length, so the window is a setting (five
 * minutes by default, 300 ms here). A fetched message carries no nonce (Rapptz/discord.py#2451).
 */
class SimulatorNonceWindowTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @RegisterExtension
    static final SimulatedDiscord<SimBot> discord =
            SimulatedDiscord.forClass(b -> b.nonceWindow(Duration.ofMillis(300)), SimBot::connect);

    @DisplayName("Within the window a repeated nonce returns the earlier message; after it, it posts again")
    @Test
    void window() {
        TextChannel news = discord.bot().jda.getTextChannelById(SimDefaults.NEWS_CHANNEL_ID);

        Message first = news.sendMessage("Once").setNonce("window-1").complete();
        Message repeat = news.sendMessage("Once").setNonce("window-1").complete();
        Waits.until(
                "the nonce to be forgotten",
                WAIT,
                () -> Optional.of(first)
                        .filter(m -> !discord.sim().remembersNonce(SimDefaults.NEWS_CHANNEL_ID, "window-1")));
        Message late = news.sendMessage("Once").setNonce("window-1").complete();

        assertThat(repeat.getId()).isEqualTo(first.getId());
        assertThat(late.getId()).isNotEqualTo(first.getId());
        assertThat(discord.sim().channelMessages(SimDefaults.NEWS_CHANNEL_ID))
                .filteredOn(m -> m.path("content").asText().equals("Once"))
                .hasSize(2);
    }

    @DisplayName("A message comes back from the create with its nonce, and without it when fetched")
    @Test
    void noNonceOnFetch() {
        TextChannel news = discord.bot().jda.getTextChannelById(SimDefaults.NEWS_CHANNEL_ID);

        Message sent = news.sendMessage("Fetched").setNonce("fetch-1").complete();
        Message fetched = news.retrieveMessageById(sent.getId()).complete();
        RawClient.Answer listed = new RawClient(discord.sim())
                .send("GET", "/channels/" + SimDefaults.NEWS_CHANNEL_ID + "/messages", null);

        assertThat(sent.getNonce()).isEqualTo("fetch-1");
        assertThat(fetched.getNonce()).isNull();
        assertThat(listed.body().get(0).has("nonce")).isFalse();
    }
}
