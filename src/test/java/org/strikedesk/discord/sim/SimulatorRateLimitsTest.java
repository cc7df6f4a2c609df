package org.strikedesk.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rate limits as Discord documents them (docs {@code topics/rate-limits.mdx}) and as JDA reads them (JDA
 * {@code api/requests/SequentialRestRateLimiter}: the bucket from {@code X-RateLimit-Bucket}, an integer
 * {@code X-RateLimit-Remaining}, {@code X-RateLimit-Reset-After}; on a 429 an integer {@code Retry-After}, and a
 * {@code Via} header, without which it takes the 429 for a Cloudflare ban). This class's simulator allows two
 * messages a second per channel and 30 requests a second in all, so the limits are met quickly.
 */
class SimulatorRateLimitsTest {
    private static final String NEWS = SimDefaults.NEWS_CHANNEL_ID;
    private static final String DESK = SimDefaults.DESK_CHANNEL_ID;
    /** Channels only the bucket test posts in. */
    private static final String FIRST = "1300000000000000203";

    private static final String SECOND = "1300000000000000204";

    @RegisterExtension
    static final SimulatedDiscord<SimBot> discord = SimulatedDiscord.forClass(
            b -> b.globalRateLimit(30)
                    .routeRateLimit("POST /channels/{channel}/messages", 2, Duration.ofSeconds(1))
                    .guild(g -> g.newsroomDefaults().textChannel(FIRST, "first").textChannel(SECOND, "second")),
            SimBot::connect);

    @DisplayName("A channel's messages share a bucket, counted down in the headers; one too many gets a 429 to wait")
    @Test
    void perChannelBucket() throws Exception {
        List<HttpResponse<byte[]>> answers = new ArrayList<>();
        for (String channel : List.of(FIRST, FIRST, FIRST, SECOND)) {
            answers.add(raw("POST", "/channels/" + channel + "/messages", text()));
        }

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 200, 429, 200);
        assertThat(header(answers.get(0), "X-RateLimit-Remaining")).isEqualTo("1");
        assertThat(header(answers.get(1), "X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(header(answers.get(3), "X-RateLimit-Remaining"))
                .as("another channel, its own count")
                .isEqualTo("1");
        assertThat(header(answers.get(3), "X-RateLimit-Bucket"))
                .as("the bucket's hash leaves the channel out")
                .isEqualTo(header(answers.get(0), "X-RateLimit-Bucket"));
        HttpResponse<byte[]> limited = answers.get(2);
        assertThat(header(limited, "Retry-After")).matches("\\d+");
        assertThat(header(limited, "X-RateLimit-Scope")).isEqualTo("user");
        assertThat(header(limited, "Via")).isNotBlank();
        assertThat(Json.parse(limited.body()).path("retry_after").asDouble()).isBetween(0.0, 1.0);
        assertThat(Json.parse(limited.body()).path("global").asBoolean()).isFalse();
    }

    @DisplayName("Past 30 requests in a second comes a global 429; interaction callbacks are not counted")
    @Test
    void globalLimit() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<byte[]> global = null;
        for (int i = 0; i < 40 && global == null; i++) {
            HttpResponse<byte[]> answer = raw("GET", "/users/@me", null);
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 429) {
                global = answer;
            }
        }

        assertThat(global).isNotNull();
        assertThat(statuses.subList(0, statuses.size() - 1)).containsOnly(200);
        assertThat(header(global, "X-RateLimit-Global")).isEqualTo("true");
        assertThat(header(global, "X-RateLimit-Scope")).isEqualTo("global");
        assertThat(Json.parse(global.body()).path("global").asBoolean()).isTrue();
        assertThat(discord.sim().tooManyRequests()).containsKey("global");
    }

    @DisplayName("JDA, told by the headers, waits before it would break a channel's limit: six posts, no 429")
    @Test
    void jdaKeepsToTheHeaders() {
        Map<String, Integer> before = discord.sim().tooManyRequests();
        TextChannel news = discord.bot().jda.getTextChannelById(NEWS);
        long start = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            news.sendMessage("Post " + i).complete();
        }

        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("three windows of two")
                .isGreaterThan(Duration.ofMillis(1500));
        assertThat(discord.sim().tooManyRequests().getOrDefault("user", 0)).isEqualTo(before.getOrDefault("user", 0));
    }

    @DisplayName("A shared 429, which no header foretells, is waited out by JDA and the post goes once")
    @Test
    void sharedLimit() {
        discord.sim().faults().sharedRateLimit("POST", "/channels/\\d+/messages$", 1, 1);
        TextChannel desk = discord.bot().jda.getTextChannelById(DESK);

        String id = desk.sendMessage("After a shared limit").complete().getId();

        assertThat(discord.sim().channelMessages(DESK))
                .filteredOn(m -> m.path("id").asText().equals(id))
                .hasSize(1);
        assertThat(discord.sim().tooManyRequests()).containsKey("shared");
    }

    private static ObjectNode text() {
        ObjectNode body = Json.object().put("content", "Figures");
        body.putObject("allowed_mentions").putArray("parse");
        return body;
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static HttpResponse<byte[]> raw(String method, String path, ObjectNode body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(discord.sim().restBaseUrl() + path.substring(1)))
                .header("Authorization", "Bot " + discord.sim().token())
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(Json.bytes(body)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
