package org.strikedesk.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.strikedesk.NastyText;
import org.strikedesk.commands.Options;
import org.strikedesk.commands.StrikeSelection;
import org.strikedesk.config.StrikeDeskConfig;
import org.strikedesk.figures.ReleaseCalendar;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeChoice;
import org.strikedesk.reference.Reference;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.Resolution;
import org.strikedesk.trusts.TrustDirectory;

/**
 * A wrong guess is worse than a question back: questions built from the names of real trusts (codes, official names,
 * newsroom aliases, each one that alone names its trust) and real strike words, in the ways reporters write, read as
 * that trust and that strike, or are asked back; never as another trust or another strike. Any text at all gets a
 * reading, never an exception.
 */
@Label("Questions about named trusts")
class QuestionPropertiesTest {
    private static final AppOnShippedData shipped = AppOnShippedData.forClass();
    private static final List<String> TEMPLATES = List.of(
            "how many appointments were cancelled at %s in %s?",
            "%s %s",
            "staff absent at %s during the %s strike",
            "give me a quote for %s, %s",
            "what happened at the %s in %s",
            "cancellations at %s %s please",
            "chart for %s",
            "How many ops were postponed at %s during %s");

    private static QuestionReader reader;
    private static Reference reference;
    private static StrikeSelection selection;

    @BeforeContainer
    static void open() {
        shipped.open();
        reference = shipped.app().reference();
        selection = new StrikeSelection(
                shipped.app().queries(),
                reference,
                new ReleaseCalendar(
                        StrikeDeskConfig.DEFAULT.releases().expectedWithin(),
                        shipped.app().clock()));
        reader = new QuestionReader(reference, selection);
    }

    @AfterContainer
    static void close() {
        shipped.close();
    }

    /** A trust and a name that alone means it. */
    record Named(Organisation trust, String name) {}

    /** A question about a named trust in a strike described in words. */
    record Asked(Named named, String strikeWords, String question) {}

    @Label("A question names the trust it reads as, and the strike its words fit, or it is asked back")
    @Property(tries = 500, seed = "20261129")
    void readsAsNamedOrAsksBack(@ForAll("questions") Asked asked) {
        assertNamedOrAskedBack(asked, reader.read(asked.question()));
    }

    @Label("Every name of every trust, in a plain question with a month, is mostly answered, never guessed wrong")
    @Example
    void everyName() {
        int understood = 0;
        List<Named> names = names();
        for (Named named : names) {
            Asked asked = new Asked(
                    named, "april 2023", "how many appointments were cancelled at " + named.name() + " in april 2023?");
            Reading reading = reader.read(asked.question());
            assertNamedOrAskedBack(asked, reading);
            understood += reading instanceof Reading.Understood ? 1 : 0;
        }
        // Asking back every time would pass every check above and help no one.
        assertThat(understood).isGreaterThan(names.size() * 9 / 10);
    }

    private static void assertNamedOrAskedBack(Asked asked, Reading reading) {
        assertThat(reading).as(asked.question()).isInstanceOfAny(Reading.Understood.class, Reading.Unclear.class);
        if (reading instanceof Reading.Understood understood) {
            AskedCommand command = understood.command();
            String code = asked.named().trust().code();
            assertThat(command.option(Options.TRUST)).as(asked.question()).contains(code);
            // A name that was not the trust's own is answered with a line saying which trust it was read as.
            assertThat(understood.readAs())
                    .as(asked.question())
                    .allSatisfy(line -> assertThat(line).contains("(" + code + ")"));
            if (reference.trusts().resolve(asked.named().name()) instanceof Resolution.Found found
                    && !found.match().outright()) {
                assertThat(understood.readAs()).as(asked.question()).isNotEmpty();
            }
            Optional<String> strike = command.option(Options.STRIKE)
                    .filter(id -> reference.calendar().byId(id).isPresent());
            strike.ifPresent(
                    id -> assertThat(expectedStrike(asked)).as(asked.question()).contains(id));
        }
    }

    @Label("Any text gets a reading; a command read from it can be written and read back")
    @Property(tries = 300, seed = "20261129")
    void anyText(@ForAll("anyText") String text) {
        Reading reading = reader.read(text);

        assertThat(reading).isNotNull();
        if (reading instanceof Reading.Understood understood) {
            assertThat(AskedCommand.parse(understood.command().line())).contains(understood.command());
        }
    }

    /** The strike the words alone mean for the trust, as the commands would choose it; empty when none or several. */
    private static Optional<String> expectedStrike(Asked asked) {
        StrikeChoice choice = reference
                .strikes()
                .resolve(
                        asked.strikeWords(),
                        selection.withFigures(List.of(asked.named().trust())));
        return choice instanceof StrikeChoice.One one ? Optional.of(one.strike().id()) : Optional.empty();
    }

    @Provide
    Arbitrary<Asked> questions() {
        Arbitrary<Named> named = Arbitraries.of(names());
        Arbitrary<String> strikes = Arbitraries.of(strikeWords());
        Arbitrary<String> template = Arbitraries.of(TEMPLATES);
        Arbitrary<Integer> casing = Arbitraries.integers().between(0, 2);
        return Combinators.combine(named, strikes, template, casing).as((n, s, t, c) -> {
            String question = String.format(Locale.ROOT, t, n.name(), s);
            return new Asked(n, t.contains("chart") ? "" : s, cased(question, c));
        });
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> words = Arbitraries.of(List.of(
                "how",
                "many",
                "cancelled",
                "at",
                "lister",
                "and",
                "guys",
                "april",
                "2023",
                "the",
                "nurses'",
                "strike",
                "compare",
                "vs",
                "worst",
                "top",
                "5",
                "quote",
                "chart",
                "england",
                "when",
                "staff",
                "off",
                "herts",
                "kings",
                "11-14",
                "12/04/2023",
                "may",
                "march",
                "A&E",
                "?",
                ",",
                "<@1300000000000000100>",
                "most",
                "recent",
                "all",
                "strikes",
                "2023-04-junior-doctors"));
        Arbitrary<String> sentences = words.list().ofMaxSize(30).map(list -> String.join(" ", list));
        return Arbitraries.oneOf(sentences, NastyText.any());
    }

    private static String cased(String text, int casing) {
        return switch (casing) {
            case 0 -> text.toLowerCase(Locale.ROOT);
            case 1 -> text.toUpperCase(Locale.ROOT);
            default -> text;
        };
    }

    /** Every open English trust's code, official name, aliases and hospitals that alone resolve to it. */
    private static List<Named> names() {
        TrustDirectory directory = reference.directory();
        List<Named> names = new ArrayList<>();
        for (Organisation trust : directory.trusts()) {
            if (trust.closed() != null
                    || trust.region() == null
                    || !trust.region().inEngland()) {
                continue;
            }
            List<String> forms = new ArrayList<>(List.of(trust.code(), trust.name()));
            directory.aliasesOf(trust.code()).forEach(alias -> forms.add(alias.alias()));
            directory.sitesOf(trust.code()).forEach(site -> forms.add(site.name()));
            for (String form : forms) {
                if (reference.trusts().resolve(form) instanceof Resolution.Found found
                        && found.organisation().code().equals(trust.code())) {
                    names.add(new Named(trust, form));
                }
            }
        }
        return names;
    }

    /** Strike words as reporters write them: ids, months and years, staff groups, NHS England's dates. */
    private static List<String> strikeWords() {
        List<String> words = new ArrayList<>();
        for (Strike strike : reference.calendar().all()) {
            String month = strike.firstDay().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK);
            words.add(strike.id());
            words.add(month + " " + strike.firstDay().getYear());
            words.add(month);
            words.add("the " + strike.staffGroup().toLowerCase(Locale.ROOT) + " strike");
            words.add(strike.firstDay().getDayOfMonth() + "-" + strike.lastDay().getDayOfMonth() + " " + month);
        }
        words.add("the latest strike");
        return words;
    }
}
