package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.strikedesk.replies.ReadAs;
import org.strikedesk.replies.Reply;

class ReplyMessagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode wire(Reply reply) throws IOException {
        return JSON.readTree(ReplyMessages.create(reply).toData().toString());
    }

    @DisplayName("Every message allows no mentions, whatever it quotes")
    @Test
    void noMentions() throws IOException {
        JsonNode message = wire(Reply.error("No trust found", "No trust matches \"@everyone <@&123456789012345678>\""));

        assertThat(message.get("allowed_mentions").get("parse")).isEmpty();
        assertThat(message.get("allowed_mentions").get("replied_user").asBoolean())
                .isFalse();
        assertThat(message.get("allowed_mentions").has("users")).isFalse();
        assertThat(message.get("allowed_mentions").has("roles")).isFalse();
    }

    @DisplayName("A reply is shown as an embed: title, text, fields, sources as links, the caveat as its footer")
    @Test
    void embed() throws IOException {
        Reply reply = Reply.builder(Reply.Tone.ANSWER)
                .title("Title")
                .text("Text")
                .field("Outpatient", "2,077", true)
                .source("The Comet, reporting NHS England data: https://example.org/a")
                .caveat("Caveat")
                .build();

        JsonNode embed = wire(reply).get("embeds").get(0);

        assertThat(embed.get("title").asText()).isEqualTo("Title");
        assertThat(embed.get("description").asText()).isEqualTo("Text");
        assertThat(embed.get("fields").get(0).get("value").asText()).isEqualTo("2,077");
        assertThat(embed.get("fields").get(1).get("name").asText()).isEqualTo("Source");
        assertThat(embed.get("fields").get(1).get("value").asText())
                .isEqualTo("[The Comet, reporting NHS England data](https://example.org/a)");
        assertThat(embed.get("footer").get("text").asText()).isEqualTo("Caveat");
    }

    @DisplayName("Text to copy is the message's content alone, so Copy Text copies only it; its source is in a small"
            + " embed")
    @Test
    void plainText() throws IOException {
        JsonNode message = wire(Reply.builder(Reply.Tone.ANSWER)
                .plainText("A quote.")
                .source("X: https://e.org")
                .build());

        assertThat(message.get("content").asText()).isEqualTo("A quote.");
        assertThat(message.get("flags").asInt() & 4).as("the embed is shown").isZero();
        JsonNode embed = message.get("embeds").get(0);
        assertThat(embed.has("title")).isFalse();
        assertThat(embed.has("description")).isFalse();
        assertThat(embed.get("fields"))
                .singleElement()
                .satisfies(f -> assertThat(f.get("value").asText()).isEqualTo("[X](https://e.org)"));
    }

    @DisplayName("A quote whose trust was read from a hospital's name keeps the sentence alone as its content; the line"
            + " saying how is in the small embed, with the source")
    @Test
    void quoteWithReadAs() throws IOException {
        String line = "Read \u201cst thomas\u201d as Guy's and St Thomas' NHS Foundation Trust (RJ1), by its hospital"
                + " St Thomas'.";
        JsonNode message = wire(ReadAs.noted(
                Reply.builder(Reply.Tone.ANSWER)
                        .plainText("A quote.")
                        .source("X: https://e.org")
                        .build(),
                List.of(line)));

        assertThat(message.get("content").asText()).isEqualTo("A quote.");
        JsonNode embed = message.get("embeds").get(0);
        assertThat(embed.get("description").asText()).isEqualTo(line);
        assertThat(embed.get("fields").get(0).get("value").asText()).isEqualTo("[X](https://e.org)");
    }

    @DisplayName("Replies too long for Discord are cut to its limits, ending with how much more there was")
    @Test
    void limits() throws IOException {
        String lines = "A line of a long list of strikes and their figures\n".repeat(300);
        Reply.Builder builder = Reply.builder(Reply.Tone.ANSWER)
                .title("T".repeat(300))
                .text(lines)
                .caveat("c".repeat(3000));
        for (int i = 0; i < 40; i++) {
            builder.field("Field " + i, "v".repeat(2000), true);
        }

        JsonNode embed = wire(builder.build()).get("embeds").get(0);

        int total = embed.get("title").asText().length()
                + embed.get("description").asText().length()
                + embed.get("footer").get("text").asText().length();
        for (JsonNode field : embed.get("fields")) {
            total += field.get("name").asText().length()
                    + field.get("value").asText().length();
            assertThat(field.get("value").asText().length()).isLessThanOrEqualTo(1024);
        }
        assertThat(embed.get("title").asText()).hasSize(256);
        assertThat(embed.get("fields").size()).isLessThanOrEqualTo(25);
        assertThat(total).isLessThanOrEqualTo(6000);
        assertThat(embed.get("description").asText()).containsPattern("\u2026 and \\d+ more$");
    }

    @DisplayName("Cutting keeps whole lines and says how many were left out")
    @Test
    void fit() {
        assertThat(DiscordLimits.fit("short", 10)).isEqualTo("short");
        assertThat(DiscordLimits.fit("one\ntwo\nthree\nfour", 16)).isEqualTo("one\n\u2026 and 3 more");
        assertThat(DiscordLimits.fit("x".repeat(20), 10)).isEqualTo("x".repeat(9) + "\u2026");
    }

    @DisplayName("Buttons Discord would refuse are left out, and at most five rows of five are sent")
    @Test
    void buttons() throws IOException {
        Reply.Builder builder = Reply.builder(Reply.Tone.ANSWER).title("Pages");
        builder.action("", "No id").action("page:0", " ").action("x".repeat(101), "Id too long");
        for (int i = 1; i <= 30; i++) {
            builder.action("page:" + i, "Page " + i).action("page:" + i, "Page " + i + " again");
        }

        JsonNode rows = wire(builder.build()).get("components");

        assertThat(rows).hasSize(5);
        List<String> ids = new ArrayList<>();
        rows.forEach(row -> {
            assertThat(row.get("components")).hasSize(5);
            row.get("components")
                    .forEach(button -> ids.add(button.get("custom_id").asText()));
        });
        assertThat(ids).doesNotHaveDuplicates().startsWith("page:1", "page:2").endsWith("page:25");
    }

    @DisplayName("A reply with nothing in it is still a message Discord accepts")
    @Test
    void empty() throws IOException {
        JsonNode embed = wire(Reply.builder(Reply.Tone.ANSWER).title(" ").build())
                .get("embeds")
                .get(0);

        assertThat(embed.get("description").asText()).isEqualTo("\u2014");
    }

    @DisplayName("How a question was read is one line of content above the embed, or above the text to copy")
    @Test
    void preface() throws IOException {
        String readAs = "Read as: /cancellations trust:RWH strike:2023-04-junior-doctors";
        JsonNode card = wire(Reply.builder(Reply.Tone.ANSWER)
                .title("Title")
                .text("Text")
                .preface(readAs)
                .build());
        JsonNode quote = wire(Reply.builder(Reply.Tone.ANSWER)
                .plainText("A quote.")
                .source("X: https://e.org")
                .preface("Read as: /quote trust:RWH")
                .build());

        assertThat(card.get("content").asText()).isEqualTo(readAs);
        assertThat(card.get("embeds").get(0).get("title").asText()).isEqualTo("Title");
        assertThat(quote.get("content").asText()).isEqualTo("Read as: /quote trust:RWH\nA quote.");
        assertThat(quote.get("embeds").get(0).get("fields").get(0).get("value").asText())
                .as("the source, in a small embed")
                .isEqualTo("[X](https://e.org)");
    }
}
