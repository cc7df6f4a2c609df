package org.strikedesk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.strikedesk.NastyText;
import org.strikedesk.ReliabilityRecord;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.OptionSpec;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;

/** Whatever is typed at the console becomes a request StrikeDesk answers, or one sentence saying what is wrong. */
@Tag("slow")
@Label("Bad lines at the console")
class ConsoleParserPropertiesTest {
    private static final AtomicInteger tried = new AtomicInteger();

    /** jqwik runs outside JUnit's lifecycle, so the container's hooks open and close StrikeDesk. */
    private static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static ConsoleParser parser;

    @BeforeContainer
    static void open() {
        shipped.open();
        parser = new ConsoleParser(shipped.app().commands());
    }

    @AfterContainer
    static void close() {
        shipped.close();
        ReliabilityRecord.write("bad-input-console", Map.of("inputsTried", tried.get()));
    }

    @Label("Any line gives a request that is answered, or a problem in one sentence on one line")
    @Property(tries = 400, seed = "20261128")
    void anyLine(@ForAll("lines") String line) {
        check(line);
    }

    @Label("The worst inputs, alone and after each command, give a request or one sentence")
    @Example
    void worstLines() {
        check(null);
        for (String text : NastyText.edgeCases()) {
            check(text);
            check("/" + text);
        }
        for (CommandSpec spec : shipped.app().commands().specs()) {
            for (OptionSpec option : spec.options()) {
                check("/" + spec.name() + " " + option.name() + ":" + String.join(" ", NastyText.FRAGMENTS));
                check("/" + spec.name() + " " + option.name() + ":\"" + String.join("\n", NastyText.FRAGMENTS) + "\"");
            }
            check("/" + spec.name() + " " + String.join(" ", NastyText.FRAGMENTS));
        }
    }

    private static void check(String line) {
        tried.incrementAndGet();
        ConsoleParser.Parsed parsed = parser.parse(line, Invoker.CONSOLE);

        assertThat(parsed.request() == null).as("either a request or a problem").isNotEqualTo(parsed.problem() == null);
        if (parsed.request() != null) {
            CommandSpec spec =
                    shipped.app().commands().spec(parsed.request().command()).orElseThrow();
            assertThat(parsed.request().options().keySet())
                    .allSatisfy(name -> assertThat(spec.option(name)).isPresent());
            Reply reply = shipped.app().commands().handle(parsed.request());
            assertThat(reply.title()).isNotEqualTo("Something went wrong");
            assertThat(TextRenderer.render(reply)).isNotBlank();
        } else {
            assertOneSentence(parsed.problem());
        }
    }

    /** One line, short, ending in a full stop, with no full stop inside it but in what it quotes back. */
    private static void assertOneSentence(String problem) {
        assertThat(problem).isNotBlank().doesNotContain("\n", "\r").endsWith(".");
        assertThat(problem.length()).isLessThanOrEqualTo(300);
        int open = problem.indexOf('"');
        String own = open < 0 ? problem : problem.substring(0, open) + problem.substring(problem.lastIndexOf('"'));
        assertThat(own.substring(0, own.length() - 1)).doesNotContain(". ");
    }

    /** Lines that look like commands (known or not, with known and unknown options), and lines that do not. */
    @Provide
    Arbitrary<String> lines() {
        List<String> names =
                shipped.app().commands().specs().stream().map(CommandSpec::name).toList();
        List<String> options = shipped.app().commands().specs().stream()
                .flatMap(s -> s.options().stream())
                .map(OptionSpec::name)
                .distinct()
                .toList();
        Arbitrary<String> option = Combinators.combine(
                        Arbitraries.oneOf(
                                Arbitraries.of(options),
                                Arbitraries.strings().alpha().ofMaxLength(8)),
                        NastyText.any(),
                        Arbitraries.of("", "\""))
                .as((name, value, quote) -> name + ":" + quote + value + quote);
        Arbitrary<String> command = Combinators.combine(
                        Arbitraries.of("/", "", " /"),
                        Arbitraries.oneOf(
                                Arbitraries.of(names),
                                Arbitraries.strings().alpha().ofMaxLength(12)),
                        option.list().ofMaxSize(4))
                .as((slash, name, given) -> slash + name + " " + String.join(" ", given));
        return Arbitraries.frequencyOf(
                Tuple.of(3, command),
                Tuple.of(1, NastyText.any()),
                Tuple.of(1, NastyText.any().map(t -> "/" + t)));
    }
}
