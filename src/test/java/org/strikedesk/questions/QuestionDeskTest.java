package org.strikedesk.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.commands.Audience;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.console.TextRenderer;
import org.strikedesk.replies.ReadAs;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;

/**
 * Questions answered through the commands, on the shipped data: the command's own reply with a "Read as" line above
 * it; choices offered as buttons that carry the whole command; what can be asked, with two examples, when nothing is
 * understood.
 */
class QuestionDeskTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static final Invoker REPORTER = new Invoker("42", "reporter", false, "1", "2");

    private static Reply ask(String question) {
        return shipped.app().questions().answer(question, REPORTER);
    }

    private static Reply command(String name, Map<String, String> options) {
        return shipped.app().commands().handle(CommandRequest.of(name, options, REPORTER));
    }

    @DisplayName("The answer is the command's own reply, with the command it was read as on the line above")
    @Test
    void answeredByTheCommand() {
        Reply reply = ask("how many appointments were cancelled at Lister in April 2023?");

        assertThat(reply.preface()).isEqualTo("Read as: /cancellations trust:RWH strike:2023-04-junior-doctors");
        assertThat(reply.toBuilder().preface("").build())
                .isEqualTo(command("cancellations", Map.of("trust", "RWH", "strike", "2023-04-junior-doctors")));
        assertThat(TextRenderer.render(reply))
                .startsWith("Read as: /cancellations trust:RWH strike:2023-04-junior-doctors\n"
                        + "East and North Hertfordshire NHS Trust: junior doctors' strike, 11\u201314 April 2023\n");
    }

    @DisplayName("A trust named in words by its hospital is answered with a line saying which trust it was read as")
    @Test
    void hospitalReadAs() {
        Reply reply = ask("how many appointments were cancelled at st thomas in december 2022?");

        assertThat(reply.preface()).isEqualTo("Read as: /cancellations trust:RJ1 strike:2022-12-rcn");
        assertThat(reply.text().lines())
                .last()
                .isEqualTo("Read \u201cst thomas\u201d as Guy's and St Thomas' NHS Foundation Trust (RJ1), by its"
                        + " hospital St Thomas'.");
        assertThat(reply.toBuilder().preface("").build())
                .isEqualTo(ReadAs.noted(
                        command("cancellations", Map.of("trust", "RJ1", "strike", "2022-12-rcn")),
                        List.of(reply.text().lines().reduce((a, b) -> b).orElseThrow())));
    }

    @DisplayName("A name two trusts fit about as well is asked back, each choice the whole command")
    @Test
    void nearTieAskedBack() {
        Reply reply = ask("cancellations at st georges in december 2022");

        assertThat(reply.title()).isEqualTo("Which trust?");
        assertThat(reply.shown()).isEmpty();
        assertThat(reply.actions())
                .extracting(Reply.Action::id)
                .anyMatch(id -> id.startsWith("ask:/cancellations trust:RRE "))
                .anyMatch(id -> id.startsWith("ask:/cancellations trust:RJ7 "));
    }

    @DisplayName("A quote keeps its text to copy whole, below the line saying how the question was read")
    @Test
    void quote() {
        Reply reply = ask("give me a quote for the Lister in April");

        assertThat(reply.preface()).isEqualTo("Read as: /quote trust:RWH strike:2023-04-junior-doctors");
        assertThat(reply.plainText())
                .isEqualTo(command("quote", Map.of("trust", "RWH", "strike", "2023-04-junior-doctors"))
                        .plainText());
    }

    @DisplayName("Two trusts that fit are asked back, each a button that runs the whole command, none picked")
    @Test
    void askedBack() {
        Reply reply = ask("staff absent at kings in april 2023");

        assertThat(reply.tone()).isEqualTo(Reply.Tone.QUESTION);
        assertThat(reply.title()).isEqualTo("Which trust?");
        assertThat(reply.preface()).isEmpty();
        assertThat(reply.text())
                .startsWith("\u201ckings\u201d could mean:\n\u2022 King's College Hospital NHS Foundation Trust (RJZ):"
                        + " /staff trust:RJZ strike:\"april 2023\"");
        assertThat(reply.actions())
                .extracting(Reply.Action::id)
                .startsWith("ask:/staff trust:RJZ strike:\"april 2023\"", "ask:/staff trust:RK5 strike:\"april 2023\"")
                .allSatisfy(id -> assertThat(id).hasSizeLessThanOrEqualTo(100));
        assertThat(reply.actions().get(0).label()).isEqualTo("King's College Hospital NHS Foundation Trust (RJZ)");
    }

    @DisplayName("A pressed choice runs its command, with the strike words settled for the trust chosen")
    @Test
    void pressed() {
        Reply reply = shipped.app().actions().press("ask:/staff trust:RJZ strike:\"april 2023\"", REPORTER);

        assertThat(reply.preface()).isEqualTo("Read as: /staff trust:RJZ strike:2023-04-junior-doctors");
        assertThat(reply.toBuilder().preface("").build())
                .isEqualTo(command("staff", Map.of("trust", "RJZ", "strike", "2023-04-junior-doctors")));
    }

    @DisplayName("A choice that is itself unclear asks again: the strike, once the trust is chosen")
    @Test
    void pressedAndAskedAgain() {
        Reply reply = shipped.app().actions().press("ask:/cancellations trust:RWH strike:december", REPORTER);

        assertThat(reply.title()).isEqualTo("Which strike?");
        assertThat(reply.actions())
                .extracting(Reply.Action::id)
                .contains("ask:/cancellations trust:RWH strike:2022-12-rcn");
    }

    @DisplayName("A button id that is not a command written by StrikeDesk is refused, not run")
    @Test
    void unknownButton() {
        Reply reply = shipped.app().actions().press("ask:/cancellations trust:\"unclosed", REPORTER);

        assertThat(reply.tone()).isEqualTo(Reply.Tone.ERROR);
        assertThat(reply.title()).isEqualTo("Unknown button");
    }

    @DisplayName("A choice's answer is seen by whoever sees its command's reply; a button not understood, by the asker")
    @Test
    void choiceAudience() {
        assertThat(shipped.app().actions().audience("ask:/cancellations trust:RWH strike:\"april 2023\""))
                .isEqualTo(Audience.CHANNEL);
        assertThat(shipped.app().actions().audience("ask:/help")).isEqualTo(Audience.ASKER);
        assertThat(shipped.app().actions().audience("ask:/cancellations trust:\"unclosed"))
                .isEqualTo(Audience.ASKER);
    }

    @DisplayName("The buttons of answers still answer as before")
    @Test
    void otherButtons() {
        Reply reply = shipped.app().actions().press("quote:RWH:2023-04-junior-doctors", REPORTER);

        assertThat(reply.plainText()).startsWith("During the junior doctors' strike of 11\u201314 April 2023");
    }

    @DisplayName("Nothing understood: what can be asked, with two examples")
    @Test
    void notUnderstood() {
        Reply reply = ask("what's the weather like?");

        assertThat(reply.title()).isEqualTo("Not understood");
        assertThat(reply.text().lines().filter(line -> line.startsWith("\u2022 ")))
                .containsExactly(
                        "\u2022 how many appointments were cancelled at Lister in April 2023?",
                        "\u2022 which trusts were worst hit in December 2022?");
        assertThat(reply.preface()).isEmpty();
        assertThat(reply.text()).endsWith("Or use a command: /help lists them.");
    }

    @DisplayName("In a direct message, where Discord offers no commands, it says they are used in a server")
    @Test
    void notUnderstoodInDirectMessage() {
        Invoker direct = new Invoker("1300000000000000304", "quiet", false, "", "1300000000000000900");

        Reply reply = shipped.app().questions().answer("what's the weather like?", direct);

        assertThat(reply.text()).endsWith("Or use a command in a server StrikeDesk is in: there, /help lists them.");
    }

    @DisplayName("Both examples it offers are themselves understood")
    @Test
    void examplesWork() {
        assertThat(ask("how many appointments were cancelled at Lister in April 2023?")
                        .preface())
                .isEqualTo("Read as: /cancellations trust:RWH strike:2023-04-junior-doctors");
        assertThat(ask("which trusts were worst hit in December 2022?").preface())
                .isEqualTo("Read as: /top strike:2022-12-rcn");
    }

    @DisplayName("Three trusts at once are not guessed between: one, or two compared, at a time")
    @Test
    void tooMany() {
        Reply reply = ask("cancellations at lister, addenbrookes and guys");

        assertThat(reply.title()).isEqualTo("Two at a time");
        assertThat(reply.text()).contains("names 3 trusts");
    }
}
