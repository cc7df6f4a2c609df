package org.strikedesk.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strikedesk.ReliabilityRecord;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.support.RecordingSink;
import org.strikedesk.support.TidyCsv;

/**
 * Admin commands are hidden from members without Manage Server, but Discord's hiding is a setting each server can
 * override, so the registry checks again: a member's admin command is refused and changes nothing.
 */
class AdminCommandsTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static final String GUILD = "1300000000000000200";
    private static final String NEWS = "1300000000000000201";
    private static final String DESK = "1300000000000000202";
    private static final Invoker MEMBER = new Invoker("1300000000000000301", "reporter", false, GUILD, DESK);
    private static final Invoker EDITOR = new Invoker("1300000000000000300", "editor", true, GUILD, DESK);
    private static final List<String> TABLES =
            List.of("subscriptions", "posts", "imports", "figures", "figure_history", "channel_problems");
    private static final AtomicInteger refused = new AtomicInteger();

    /** A platform on which every channel can be posted in. */
    @BeforeAll
    static void connect() {
        shipped.app().posts().connect(new RecordingSink());
    }

    /** Something an unsubscribe could remove. */
    @BeforeEach
    void subscribed() {
        shipped.app().posts().subscriptions().add(GUILD, NEWS, "RWH", "editor (1300000000000000300)", DESK);
    }

    @AfterAll
    static void close() {
        ReliabilityRecord.write(
                "permissions-registry", Map.of("adminCommands", adminCommands().size(), "refused", refused.get()));
    }

    static List<String> adminCommands() {
        return shipped.app().commands().specs().stream()
                .filter(CommandSpec::adminOnly)
                .map(CommandSpec::name)
                .toList();
    }

    @DisplayName("There are admin commands to check, and subscribing is one of them")
    @Test
    void adminCommandsExist() {
        assertThat(adminCommands()).contains("subscribe", "unsubscribe", "subscriptions");
    }

    @DisplayName("A member without Manage Server is refused every admin command, and nothing in the store changes")
    @ParameterizedTest(name = "/{0}")
    @MethodSource("adminCommands")
    void refused(String command) {
        Map<String, Long> before = rowCounts();

        Reply reply = shipped.app().commands().handle(request(command, MEMBER));

        assertThat(reply.tone()).isEqualTo(Reply.Tone.ERROR);
        assertThat(reply.title()).isEqualTo("Not allowed");
        assertThat(reply.ephemeral()).as("only the member sees it").isTrue();
        assertThat(reply.text()).doesNotContain(NEWS).contains("Manage Server");
        assertThat(rowCounts()).isEqualTo(before);
        refused.incrementAndGet();
    }

    @DisplayName("The same requests from an editor are carried out: the refusal is the check, not the request")
    @Test
    void editorAllowed() {
        assertThat(shipped.app()
                        .commands()
                        .handle(request("unsubscribe", EDITOR))
                        .title())
                .isEqualTo("Unsubscribed");
        assertThat(shipped.app().posts().subscriptions().inGuild(GUILD)).isEmpty();
        assertThat(shipped.app().commands().handle(request("subscribe", EDITOR)).title())
                .isEqualTo("Subscribed");
        assertThat(shipped.app()
                        .commands()
                        .handle(request("subscriptions", EDITOR))
                        .text())
                .contains("<#" + NEWS + ">");
    }

    /** The command with every option given something it would act on: NEWS and RWH, which NEWS follows. */
    private static CommandRequest request(String command, Invoker invoker) {
        CommandSpec spec = shipped.app().commands().spec(command).orElseThrow();
        Map<String, String> options = new HashMap<>();
        Map<String, Upload> uploads = new HashMap<>();
        for (OptionSpec option : spec.options()) {
            switch (option.type()) {
                case CHANNEL -> options.put(option.name(), NEWS);
                case INTEGER -> options.put(option.name(), "5");
                case ATTACHMENT -> uploads.put(option.name(), figuresFile());
                default -> {
                    if (option.name().equals(Options.TRUST) || option.name().equals(Options.QUERY)) {
                        options.put(option.name(), "RWH");
                    }
                }
            }
        }
        return new CommandRequest(command, options, invoker, uploads);
    }

    /** A valid figures file, for an admin command that imports one. */
    private static Upload figuresFile() {
        return TidyCsv.citing("https://example.org/synthetic/a")
                .row("2023-06-junior-doctors,RWH,,acute_rescheduled,1202")
                .upload("figures.csv");
    }

    private static Map<String, Long> rowCounts() {
        return shipped.app().database().read(connection -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            try (Statement statement = connection.createStatement()) {
                for (String table : TABLES) {
                    try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
                        rows.next();
                        counts.put(table, rows.getLong(1));
                    }
                }
            }
            return counts;
        });
    }
}
