package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strikedesk.Application;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.config.StrikeDeskConfig;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.support.MutableClock;
import org.strikedesk.support.TestApplications;
import org.strikedesk.trusts.Region;

/**
 * Every kind of reply, and every page of a paged one, stays inside the limits Discord puts on a message
 * ({@code resources/message.mdx} and {@code resources/message.mdx#embed-limits}: a description of 4,096 characters,
 * 6,000 in all of an embed, 25 fields; {@code components/reference.mdx}: 5 action rows of at most 5 buttons) without
 * cutting a list short: a list too long for one message comes in pages, whole in an attached CSV. Checked on the
 * JSON Discord receives, with the shipped data and with a synthetic England of many trusts.
 */
class LongListsOnTheWireTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How {@link DiscordLimits} ends text it had to cut. */
    private static final String CUT = "\u2026 and ";

    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    static Stream<List<String>> asks() {
        return Stream.of(
                List.of("national", "strike", "all"),
                List.of("national", "strike", "latest"),
                List.of("trust", "trust", "england"),
                List.of("trust", "trust", "london"),
                List.of("trust", "trust", "Y63"),
                List.of("trust", "trust", "ENHT"),
                List.of("trust", "trust", "RDY"),
                List.of("cancellations", "trust", "england"),
                List.of("cancellations", "trust", "ENHT"),
                List.of("staff", "trust", "england"),
                List.of("staff", "trust", "england", "strike", "all"),
                List.of("cancellations", "trust", "england", "strike", "all"),
                List.of("story", "trust", "england"),
                List.of("top", "limit", "25"),
                List.of("compare", "trust", "ENHT"),
                List.of("strikes", "group", "nurses"),
                List.of("help"),
                List.of("status"));
    }

    private static Map<String, String> options(List<String> ask) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i + 1 < ask.size(); i += 2) {
            options.put(ask.get(i), ask.get(i + 1));
        }
        return options;
    }

    @DisplayName("Each reply on the shipped data, page by page, fits Discord's limits with no list cut")
    @ParameterizedTest(name = "{0}")
    @MethodSource("asks")
    void shipped(List<String> ask) throws IOException {
        Reply first = shipped.app().commands().handle(CommandRequest.of(ask.get(0), options(ask), Invoker.CONSOLE));

        for (Reply page : pages(shipped.app(), first)) {
            assertFitsUncut(page);
        }
    }

    @DisplayName(
            "/trust england with 3,000 synthetic trusts more pages them all, fits each page, and lists all in the CSV")
    @Test
    void manyTrusts(@TempDir Path folder) throws IOException {
        Path data = folder.resolve("data");
        PathUtils.copyDirectory(TestApplications.SHIPPED_DATA, data);
        Files.deleteIfExists(data.resolve("strikedesk.db"));
        int added = 3000;
        addSyntheticTrusts(data.resolve("ods-etr.csv"), added);
        try (Application app = Application.open(
                StrikeDeskConfig.DEFAULT,
                folder.resolve("strikedesk.db"),
                data,
                new MutableClock(TestApplications.NOW))) {
            long open = app.reference().directory().trusts().stream()
                    .filter(t -> t.region().inEngland() && t.closed() == null)
                    .count();
            Reply first =
                    app.commands().handle(CommandRequest.of("trust", Map.of("trust", "england"), Invoker.CONSOLE));

            List<Reply> pages = pages(app, first);
            for (Reply page : pages) {
                assertFitsUncut(page);
            }
            assertThat(pages).hasSize((int) ((open + 14) / 15));
            String csv = new String(first.attachments().get(0).content(), StandardCharsets.UTF_8);
            assertThat(csv.lines()).hasSize((int) open + 1);
            assertThat(csv).contains("Z0001,Synthetic Trust 0001 for Paging Tests NHS Foundation Trust");
        }
    }

    /**
     * Synthetic trusts, labelled so in their names, spread over England's regions: rows of the register's 27
     * columns, of which StrikeDesk reads the code, name, region and dates.
     */
    private static void addSyntheticTrusts(Path register, int count) throws IOException {
        List<Region> regions =
                Stream.of(Region.values()).filter(Region::inEngland).toList();
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            List<String> cells = new ArrayList<>();
            cells.add(String.format("Z%04d", i));
            cells.add(String.format("SYNTHETIC TRUST %04d FOR PAGING TESTS NHS FOUNDATION TRUST", i));
            cells.add(regions.get(i % regions.size()).code());
            while (cells.size() < 10) {
                cells.add("");
            }
            cells.add("20240101");
            while (cells.size() < 27) {
                cells.add("");
            }
            rows.append('"').append(String.join("\",\"", cells)).append("\"\n");
        }
        Files.writeString(register, rows, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** The reply and every page after it, pressing Next as a reader would. */
    private static List<Reply> pages(Application app, Reply first) {
        List<Reply> pages = new ArrayList<>(List.of(first));
        Optional<Reply.Action> next = next(first);
        while (next.isPresent()) {
            assertThat(pages).as("pages before a last one").hasSizeLessThan(1000);
            Reply page = app.actions().press(next.get().id(), Invoker.CONSOLE);
            pages.add(page);
            next = next(page);
        }
        return pages;
    }

    private static Optional<Reply.Action> next(Reply reply) {
        return reply.actions().stream().filter(a -> a.label().equals("Next")).findFirst();
    }

    private static void assertFitsUncut(Reply reply) throws IOException {
        JsonNode message = JSON.readTree(ReplyMessages.create(reply).toData().toString());
        assertThat(message.path("content").asText().length()).isLessThanOrEqualTo(2000);
        assertThat(message.path("embeds").size()).isLessThanOrEqualTo(10);
        int total = 0;
        for (JsonNode embed : message.path("embeds")) {
            String description = embed.path("description").asText();
            assertThat(description.length()).isLessThanOrEqualTo(4096);
            assertThat(description).as("description of %s", reply.title()).doesNotContain(CUT);
            assertThat(embed.path("fields").size()).isLessThanOrEqualTo(25);
            total += embed.path("title").asText().length()
                    + description.length()
                    + embed.path("footer").path("text").asText().length();
            for (JsonNode field : embed.path("fields")) {
                total += field.path("name").asText().length()
                        + field.path("value").asText().length();
                if (!field.path("name").asText().startsWith("Source")) {
                    assertThat(field.path("value").asText())
                            .as("field of %s", reply.title())
                            .doesNotContain(CUT);
                }
            }
        }
        assertThat(total).isLessThanOrEqualTo(6000);
        assertThat(message.path("components").size()).isLessThanOrEqualTo(5);
        for (JsonNode row : message.path("components")) {
            assertThat(row.path("components").size()).isBetween(1, 5);
        }
    }
}
