package org.strikedesk.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limit checks on their own, without a bot: each case sits just inside or just outside a limit. */
class DiscordRulesTest {

    private static ObjectNode message(String content) {
        ObjectNode body = Json.object().put("content", content);
        body.putObject("allowed_mentions").putArray("parse");
        return body;
    }

    private static List<String> create(JsonNode body) {
        return DiscordRules.message(body, List.of(), DiscordRules.Kind.CREATE).stream()
                .map(b -> b.rule() + (b.rejected() ? "!" : ""))
                .toList();
    }

    @Test
    void contentUpTo2000CharactersIsFine() {
        assertThat(create(message("a".repeat(2000)))).isEmpty();
        assertThat(create(message("a".repeat(2001)))).containsExactly("content-length!");
        assertThat(create(message(""))).containsExactly("empty-message!");
    }

    @Test
    void embedLimits() {
        ObjectNode body = message("x");
        ArrayNode embeds = body.putArray("embeds");
        ObjectNode embed = embeds.addObject().put("title", "t".repeat(256)).put("description", "d".repeat(4096));
        embed.putObject("footer").put("text", "f".repeat(1000));
        embed.putObject("author").put("name", "a".repeat(256));
        assertThat(create(body)).isEmpty();

        embed.put("description", "d".repeat(4097));
        assertThat(create(body)).containsExactly("embed-limits!");
        embed.put("description", "d".repeat(3000));
        embeds.addObject().put("description", "d".repeat(1489));
        assertThat(create(body)).containsExactly("embed-limits!"); // 6001 characters in total
        embeds.remove(1);
        embed.put("description", "short");
        ArrayNode fields = embed.putArray("fields");
        for (int i = 0; i < 26; i++) {
            fields.addObject().put("name", "n").put("value", "v");
        }
        assertThat(create(body)).containsExactly("embed-limits!");
        fields.removeAll();
        fields.addObject().put("name", "n".repeat(257)).put("value", "");
        assertThat(create(body)).containsExactly("embed-limits!", "embed-limits!");
        for (int i = 0; i < 10; i++) {
            embeds.addObject().put("title", "t");
        }
        assertThat(create(body)).contains("embed-limits!").hasSize(3);
    }

    @Test
    void componentLimits() {
        ObjectNode body = message("x");
        ArrayNode rows = body.putArray("components");
        ArrayNode buttons = rows.addObject().put("type", 1).putArray("components");
        for (int i = 0; i < 5; i++) {
            buttons.addObject()
                    .put("type", 2)
                    .put("style", 1)
                    .put("custom_id", "b" + i)
                    .put("label", "B");
        }
        assertThat(create(body)).isEmpty();

        buttons.addObject().put("type", 2).put("style", 1).put("custom_id", "b5");
        assertThat(create(body)).containsExactly("component-limits!");
        buttons.remove(5);
        buttons.addObject().put("type", 2).put("style", 5).put("url", "https://example.org");
        assertThat(create(body)).containsExactly("component-limits!");
        buttons.remove(5);
        ((ObjectNode) buttons.get(0)).put("custom_id", "c".repeat(101));
        assertThat(create(body)).containsExactly("component-limits!");
        ((ObjectNode) buttons.get(0)).put("custom_id", "b1");
        assertThat(create(body)).containsExactly("component-limits!"); // duplicate id
        ((ObjectNode) buttons.get(0)).put("custom_id", "b0");
        for (int i = 0; i < 5; i++) {
            rows.addObject()
                    .put("type", 1)
                    .putArray("components")
                    .addObject()
                    .put("type", 2)
                    .put("style", 1)
                    .put("custom_id", "r" + i);
        }
        assertThat(create(body)).containsExactly("component-limits!");
    }

    /**
     * A link button (style 5) has a url of at most 512 characters and no custom_id; other buttons have no url (docs
     * {@code developers/components/reference.mdx}, "Button").
     */
    @Test
    void linkButtons() {
        ObjectNode body = message("x");
        ArrayNode buttons =
                body.putArray("components").addObject().put("type", 1).putArray("components");
        ObjectNode link = buttons.addObject()
                .put("type", 2)
                .put("style", 5)
                .put("label", "Source")
                .put("url", "https://example.org/" + "p".repeat(492));
        assertThat(create(body)).isEmpty();

        link.put("url", "https://example.org/" + "p".repeat(493));
        assertThat(create(body)).containsExactly("component-limits!");
        link.put("url", "https://example.org/");
        link.put("custom_id", "source");
        assertThat(create(body)).containsExactly("component-limits!");
        link.remove("custom_id");
        link.remove("url");
        assertThat(create(body)).containsExactly("component-limits!");
        link.put("style", 2).put("custom_id", "source").put("url", "https://example.org/");
        assertThat(create(body)).containsExactly("component-limits!");
    }

    @Test
    void allowedMentionsMustAllowNothing() {
        ObjectNode body = Json.object().put("content", "hi");
        assertThat(create(body)).containsExactly("allowed-mentions");
        body.putObject("allowed_mentions").putArray("parse").add("everyone");
        assertThat(create(body)).containsExactly("allowed-mentions");
        body.putObject("allowed_mentions")
                .put("replied_user", true)
                .putArray("users")
                .add("1");
        assertThat(create(body)).containsExactly("allowed-mentions", "allowed-mentions");
        ObjectNode contradictory = body.putObject("allowed_mentions");
        contradictory.putArray("parse").add("users");
        contradictory.putArray("users").add("1");
        assertThat(create(body)).contains("allowed-mentions!");
        body.putObject("allowed_mentions").put("replied_user", false).putArray("parse");
        assertThat(create(body)).isEmpty();

        ObjectNode ownRole = Json.object().put("content", "<@&5> New figures");
        ObjectNode allowsRole = ownRole.putObject("allowed_mentions");
        allowsRole.putArray("parse");
        allowsRole.putArray("roles").add("5");
        assertThat(create(ownRole)).as("the one role the content mentions").isEmpty();
        allowsRole.withArray("roles").add("6");
        assertThat(create(ownRole)).as("two roles").containsExactly("allowed-mentions");
        ownRole.put("content", "New figures");
        allowsRole.putArray("roles").add("5");
        assertThat(create(ownRole)).as("a role the content does not mention").containsExactly("allowed-mentions");

        ObjectNode editWithoutContent = Json.object();
        editWithoutContent.putArray("components");
        assertThat(DiscordRules.message(editWithoutContent, List.of(), DiscordRules.Kind.EDIT))
                .isEmpty();
    }

    @Test
    void autocompleteChoices() {
        ObjectNode data = Json.object();
        ArrayNode choices = data.putArray("choices");
        for (int i = 0; i < 25; i++) {
            choices.addObject().put("name", "n" + i).put("value", "v");
        }
        assertThat(DiscordRules.autocomplete(data)).isEmpty();
        choices.addObject().put("name", "n").put("value", "v");
        assertThat(DiscordRules.autocomplete(data)).hasSize(1);
        choices.remove(25);
        ((ObjectNode) choices.get(0)).put("name", "").put("value", "v".repeat(101));
        assertThat(DiscordRules.autocomplete(data)).hasSize(2);
    }

    private static ObjectNode command(String name) {
        return Json.object()
                .put("name", name)
                .put("description", "Does a thing")
                .put("type", 1);
    }

    @Test
    void commandNamesAndDescriptions() {
        assertThat(CommandRules.single(command("ask-the_desk'2"))).isEmpty();
        assertThat(CommandRules.single(command("हड़ताल"))).isEmpty();
        assertThat(CommandRules.single(command("Ask"))).hasSize(1);
        assertThat(CommandRules.single(command("two words"))).hasSize(1);
        assertThat(CommandRules.single(command("a".repeat(33)))).hasSize(1);
        assertThat(CommandRules.single(command("ask").put("description", ""))).hasSize(1);
        assertThat(CommandRules.single(command("ask").put("description", "d".repeat(101))))
                .hasSize(1);
        ObjectNode menu = Json.object().put("name", "Report Message").put("type", 3);
        assertThat(CommandRules.single(menu)).isEmpty();
    }

    @Test
    void commandOptions() {
        ObjectNode ask = command("ask");
        ArrayNode options = ask.putArray("options");
        options.addObject().put("name", "when").put("description", "Day").put("type", 3);
        options.addObject()
                .put("name", "what")
                .put("description", "Thing")
                .put("type", 3)
                .put("required", true);
        assertThat(CommandRules.single(ask)).hasSize(1); // required after optional

        options.removeAll();
        ArrayNode choices = options.addObject()
                .put("name", "trust")
                .put("description", "Trust")
                .put("type", 3)
                .putArray("choices");
        for (int i = 0; i < 26; i++) {
            choices.addObject().put("name", "c" + i).put("value", "v" + i);
        }
        assertThat(CommandRules.single(ask)).hasSize(1);

        options.removeAll();
        for (int i = 0; i < 26; i++) {
            options.addObject().put("name", "o" + i).put("description", "d").put("type", 3);
        }
        assertThat(CommandRules.single(ask)).hasSize(1);
    }

    @Test
    void commandSizeAndCount() {
        ObjectNode big = command("big");
        ArrayNode options = big.putArray("options");
        for (int i = 0; i < 25; i++) {
            ArrayNode choices = options.addObject()
                    .put("name", "o" + i)
                    .put("description", "d".repeat(100))
                    .put("type", 3)
                    .putArray("choices");
            for (int c = 0; c < 25; c++) {
                choices.addObject().put("name", "n".repeat(10)).put("value", "v".repeat(10));
            }
        }
        assertThat(CommandRules.single(big))
                .singleElement()
                .satisfies(b -> assertThat(b.detail()).contains("8000"));

        ArrayNode all = Json.array();
        for (int i = 0; i < 101; i++) {
            all.add(command("c" + i));
        }
        assertThat(CommandRules.bulk(all))
                .singleElement()
                .satisfies(b -> assertThat(b.detail()).contains("100"));
        all.remove(100);
        all.set(99, command("c0"));
        assertThat(CommandRules.bulk(all))
                .singleElement()
                .satisfies(b -> assertThat(b.detail()).contains("duplicate"));
    }
}
