package org.strikedesk.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strikedesk.commands.Choice;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Completion;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.OptionSpec;
import org.strikedesk.commands.Options;
import org.strikedesk.posts.SubscribeCommand;
import org.strikedesk.posts.UnsubscribeCommand;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;

/**
 * No option offers a choice its command then refuses: for every command in the registry, every strike, trust, region
 * or staff group autocomplete offers with nothing typed yet, and every fixed choice, is accepted when the command
 * runs with it. A value accepted may still have no figures to show ("No figures for …"), which is an answer, not a
 * refusal.
 */
class OfferedChoicesTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    /** The other options each command is run with: a trust with figures, and another to compare it with. */
    private static final Map<String, String> REQUIRED = Map.of(Options.TRUST, "RWH", Options.OTHER, "RGT");

    /** Commands that need a channel to run, which only Discord gives: their trust and region options are tested there. */
    private static final Set<String> NEED_A_CHANNEL = Set.of(SubscribeCommand.NAME, UnsubscribeCommand.NAME);

    /** The ways other options may already be filled in when one is completed, where that changes what is offered. */
    private static final List<Map<String, String>> CONTEXTS =
            List.of(Map.of(), Map.of(Options.FORMAT, ExportCommand.TABLE));

    static Stream<Arguments> offered() {
        List<Arguments> rows = new ArrayList<>();
        for (CommandSpec spec : shipped.app().commands().specs()) {
            if (NEED_A_CHANNEL.contains(spec.name())) {
                continue;
            }
            for (OptionSpec option : spec.options()) {
                if (option.completion() == Completion.NONE && option.choices().isEmpty()) {
                    continue;
                }
                for (Map<String, String> context : CONTEXTS) {
                    Map<String, String> filled = filled(spec, option, context);
                    if (filled == null) {
                        continue;
                    }
                    List<String> values = option.choices().isEmpty()
                            ? shipped.app().commands().complete(spec.name(), option.name(), "", filled).stream()
                                    .map(Choice::value)
                                    .toList()
                            : option.choices().stream().map(Choice::value).toList();
                    rows.add(Arguments.of(spec.name(), option.name(), filled, values));
                }
            }
        }
        return rows.stream();
    }

    /**
     * The other options to run the command with in this context: its required ones, and the context's that it has;
     * null when the context is not the command's (it has none of those options).
     */
    private static Map<String, String> filled(CommandSpec spec, OptionSpec completed, Map<String, String> context) {
        Map<String, String> filled = new LinkedHashMap<>();
        for (OptionSpec other : spec.options()) {
            if (other.name().equals(completed.name())) {
                continue;
            }
            if (context.containsKey(other.name())) {
                filled.put(other.name(), context.get(other.name()));
            } else if (other.required()) {
                assertThat(REQUIRED)
                        .as("a value to run /" + spec.name() + " with")
                        .containsKey(other.name());
                filled.put(other.name(), REQUIRED.get(other.name()));
            }
        }
        boolean contextApplies = context.keySet().stream().allMatch(filled::containsKey);
        return contextApplies ? filled : null;
    }

    @DisplayName("Every choice an option offers is accepted by its command")
    @ParameterizedTest(name = "/{0} {1} with {2}")
    @MethodSource("offered")
    void accepted(String command, String option, Map<String, String> filled, List<String> values) {
        assertThat(values)
                .as("/" + command + " " + option + " offers something")
                .isNotEmpty();
        for (String value : values) {
            Map<String, String> options = new LinkedHashMap<>(filled);
            options.put(option, value);
            Reply reply = shipped.app().commands().handle(CommandRequest.of(command, options, Invoker.CONSOLE));

            assertThat(reply.tone() != Reply.Tone.ERROR || reply.title().startsWith("No figures"))
                    .as(
                            "/%s %s:%s with %s was refused: %s: %s",
                            command, option, value, filled, reply.title(), reply.text())
                    .isTrue();
        }
    }
}
