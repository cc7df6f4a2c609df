package org.strikedesk.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.answers.HelpCommand;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;

class CommandRegistryTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static final Invoker MEMBER = new Invoker("2", "reporter", false, "1", "3");

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

    @DisplayName("Two commands with one name are refused when the registry is made")
    @Test
    void duplicateNames() {
        SlashCommand help = new HelpCommand(List::of);

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
