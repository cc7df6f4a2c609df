package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.posts.PostKind;
import org.strikedesk.posts.PostMessage;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;

/**
 * Each kind of reply and post, pinned by the JSON Discord receives for it (JDA's request body), from the shipped
 * data: a change to how any of them looks on Discord shows here. A pinned file is rewritten, after a change meant to
 * alter it, by running this test with {@code -Dstrikedesk.repin=true} and reading the diff.
 */
class ReplyKindsPinnedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FOLDER = Path.of("src/test/resources/discord/replies");
    /** A fixed time for posts, so that their timestamp can be pinned. */
    private static final Instant AT = Instant.parse("2026-11-28T09:30:00Z");
    /** A role of a server, as a subscription may name to mention. */
    private static final String ROLE = "1300000000000000210";
    /** Someone in a server, who presses a button. */
    private static final Invoker REPORTER = new Invoker(
            "1300000000000000301", "Rita Reporter", false, "1300000000000000200", "1300000000000000202", Set.of());

    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static Reply ask(String command, Map<String, String> options) {
        return shipped.app().commands().handle(CommandRequest.of(command, options, Invoker.CONSOLE));
    }

    /** Each kind, by the name of its pinned file. */
    private static Map<String, Supplier<MessageCreateData>> kinds() {
        Map<String, Supplier<MessageCreateData>> kinds = new LinkedHashMap<>();
        kinds.put("figure-card", () -> ReplyMessages.create(ask("cancellations", Map.of("trust", "ENHT"))));
        kinds.put("staff-card", () -> ReplyMessages.create(ask("staff", Map.of("trust", "ENHT"))));
        kinds.put("quote", () -> ReplyMessages.create(ask("quote", Map.of("trust", "ENHT"))));
        kinds.put(
                "quote-posted",
                () -> ReplyMessages.create(
                        shipped.app().actions().press("post:quote:RWH:2023-04-junior-doctors", REPORTER)));
        kinds.put("which-strike", () -> ReplyMessages.create(ask("national", Map.of("strike", "2023"))));
        kinds.put("which-trust", () -> ReplyMessages.create(ask("cancellations", Map.of("trust", "QEH"))));
        kinds.put("paged-list", () -> ReplyMessages.create(ask("strikes", Map.of("page", "2"))));
        kinds.put("paged-running-total", () -> ReplyMessages.create(ask("national", Map.of("strike", "all"))));
        kinds.put("trust-england", () -> ReplyMessages.create(ask("trust", Map.of("trust", "england"))));
        kinds.put("error", () -> ReplyMessages.create(ask("cancellations", Map.of("trust", "no such trust"))));
        kinds.put(
                "post-release",
                () -> ReplyMessages.post(new PostMessage(
                        ask("cancellations", Map.of("trust", "ENHT")),
                        PostKind.RELEASE,
                        "New figures: East and North Hertfordshire NHS Trust \u2013 2,247 rescheduled in the junior"
                                + " doctors' strike of 11\u201314 April 2023",
                        AT,
                        Optional.of(ROLE),
                        Optional.empty())));
        kinds.put(
                "post-correction",
                () -> ReplyMessages.post(new PostMessage(
                        Reply.builder(Reply.Tone.ANSWER)
                                .title("Revised figures: East and North Hertfordshire NHS Trust")
                                .text("Outpatient: was 2,077, now 2,100")
                                .build(),
                        PostKind.CORRECTION,
                        "Correction: East and North Hertfordshire NHS Trust, the junior doctors' strike of"
                                + " 11\u201314 April 2023 \u2013 Outpatient: was 2,077, now 2,100",
                        AT,
                        Optional.empty(),
                        Optional.of("1300000000000009999"))));
        kinds.put(
                "post-digest",
                () -> ReplyMessages.post(new PostMessage(
                        ask("national", Map.of()),
                        PostKind.DIGEST,
                        "Digest: England",
                        AT,
                        Optional.empty(),
                        Optional.empty())));
        kinds.put(
                "post-alert",
                () -> ReplyMessages.post(new PostMessage(
                        Reply.builder(Reply.Tone.WARNING)
                                .title("StrikeDesk could not post")
                                .text("StrikeDesk is missing Send Messages in <#1300000000000000201>.")
                                .build(),
                        PostKind.ALERT,
                        "StrikeDesk could not post",
                        AT,
                        Optional.empty(),
                        Optional.empty())));
        return kinds;
    }

    static Stream<String> kindNames() {
        return kinds().keySet().stream();
    }

    @DisplayName("The JSON Discord receives for each kind of reply is the pinned one")
    @ParameterizedTest(name = "{0}")
    @MethodSource("kindNames")
    void pinned(String kind) throws IOException {
        JsonNode actual = JSON.readTree(kinds().get(kind).get().toData().toString());
        Path file = FOLDER.resolve(kind + ".json");
        if (Boolean.getBoolean("strikedesk.repin")) {
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
        }
        try (InputStream in = ReplyKindsPinnedTest.class.getResourceAsStream("/discord/replies/" + kind + ".json")) {
            assertThat(in).as("pinned JSON of " + kind).isNotNull();
            assertThat(actual).isEqualTo(JSON.readTree(in));
        }
    }
}
