package org.strikedesk.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikedesk.answers.HelpCommand;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;

class CommandRegistryTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static final Invoker MEMBER = new Invoker("2", "reporter", false, "1", "3");
    private static final Invoker ADMIN = new Invoker("4", "editor", true, "1", "3");

    @DisplayName("A slow admin command is slow only for an admin: a member's refusal is answered at once")
    @Test
    void mayBeSlow() {
        assertThat(shipped.app().commands().mayBeSlow(CommandRequest.of("ingest", Map.of(), Invoker.CONSOLE)))
                .isTrue();
        assertThat(shipped.app().commands().mayBeSlow(CommandRequest.of("ingest", Map.of(), MEMBER)))
                .isFalse();
        assertThat(shipped.app().commands().mayBeSlow(CommandRequest.of("national", Map.of(), MEMBER)))
                .isFalse();
        assertThat(shipped.app().commands().mayBeSlow(CommandRequest.of("nope", Map.of(), MEMBER)))
                .isFalse();
    }

    @DisplayName("Who sees a reply is known before the command runs: the asker for refusals and private commands")
    @ParameterizedTest(name = "/{0} by {1}: {2}")
    @CsvSource({
        "national, member, CHANNEL",
        "chart, member, CHANNEL",
        "status, member, ASKER",
        "subscribe, admin, CHANNEL",
        "subscribe, member, ASKER",
        "subscriptions, admin, ASKER",
        "ingest, admin, ASKER",
        "ingest, member, ASKER",
        "help, member, ASKER",
        "help, admin, ASKER",
        "nope, member, ASKER"
    })
    void audience(String command, String who, Audience expected) {
        Invoker invoker = who.equals("admin") ? ADMIN : MEMBER;

        assertThat(shipped.app().commands().audience(CommandRequest.of(command, Map.of(), invoker)))
                .isEqualTo(expected);
    }

    @DisplayName("A private command's reply is marked for the asker alone, even when it carries no error")
    @Test
    void privateRepliesAreEphemeral() {
        Reply reply = shipped.app().commands().handle(CommandRequest.of("subscriptions", Map.of(), ADMIN));

        assertThat(reply.tone()).isEqualTo(Reply.Tone.ANSWER);
        assertThat(reply.ephemeral()).isTrue();
    }

    @DisplayName("A request with an option its command does not have, or without a required one, is refused by name")
    @ParameterizedTest(name = "/{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "cancellations | trust=ENHT;bogus=1 | /cancellations has no option bogus: (its options are trust: and"
                        + " strike:).",
                "national | trust=ENHT | /national has no option trust: (its options are strike: and page:).",
                "help | x=1 | /help has no option x: (it takes no options).",
                "compare | trust=ENHT | /compare is missing other: (the trust to compare it with; or England).",
                "cancellations | strike=latest | /cancellations is missing trust: (trust code, name, hospital or"
                        + " abbreviation; or England).",
                "cancellations | trust=  | /cancellations is missing trust: (trust code, name, hospital or"
                        + " abbreviation; or England).",
                "ingest | '' | /ingest is missing file: (the figures file: tidy .csv or .xlsx, or an NHS England"
                        + " workbook)."
            })
    void optionsChecked(String command, String options, String message) {
        Map<String, String> given = new HashMap<>();
        for (String pair : options.isEmpty() ? new String[0] : options.split(";")) {
            given.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }

        Reply reply = shipped.app().commands().handle(CommandRequest.of(command, given, Invoker.CONSOLE));

        assertThat(reply.tone()).isEqualTo(Reply.Tone.ERROR);
        assertThat(reply.title()).isEqualTo("Check the options");
        assertThat(reply.text()).isEqualTo(message);
    }

    @DisplayName("Two commands with one name are refused when the registry is made")
    @Test
    void duplicateNames() {
        SlashCommand help = new HelpCommand(() -> null);

        assertThatThrownBy(() -> new CommandRegistry(List.of(help, help), null))
                .hasMessageContaining("two commands are called /help");
    }

    @DisplayName("A command that fails answers with a reference to the log, not the exception")
    @Test
    void failures() {
        SlashCommand broken = new SlashCommand() {
            @Override
            public CommandSpec spec() {
                return CommandSpec.of("broken", "Fails on purpose");
            }

            @Override
            public Reply handle(CommandRequest request) {
                throw new IllegalStateException("secret internals");
            }
        };
        CommandRegistry registry = new CommandRegistry(List.of(broken), null);

        Reply reply = registry.handle(CommandRequest.of("broken", Map.of(), MEMBER));

        assertThat(reply.tone()).isEqualTo(Reply.Tone.ERROR);
        assertThat(reply.text()).contains("logged under reference").doesNotContain("secret internals");
    }
}
