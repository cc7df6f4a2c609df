package org.strikedesk.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.strikedesk.commands.Audience;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.Options;
import org.strikedesk.figures.Strike;
import org.strikedesk.replies.Caveats;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;

/** Buttons on figure replies, and what pressing each kind answers, through the router alone. */
class ActionRouterTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static final String QUOTE_ENHT = "quote:RWH:2023-04-junior-doctors";
    private static final Invoker REPORTER = new Invoker("1234", "reporter", false, "42", "99");

    private static Reply ask(String command, Map<String, String> options) {
        return shipped.app().commands().handle(CommandRequest.of(command, options, REPORTER));
    }

    private static Reply press(String id) {
        return shipped.app().actions().press(id, REPORTER);
    }

    @DisplayName("/cancellations and /national offer Quote and Chart for the strike shown; lists offer none")
    @Test
    void buttonsOnFigureReplies() {
        assertThat(ask(CancellationsCommand.NAME, Map.of(Options.TRUST, "ENHT")).actions())
                .containsExactly(
                        new Reply.Action(QUOTE_ENHT, "Quote"),
                        new Reply.Action("chart:RWH:acute", "Chart"),
                        new Reply.Action("explain:figures", "What these figures mean"));
        assertThat(ask(NationalCommand.NAME, Map.of(Options.STRIKE, "april 2023"))
                        .actions())
                .extracting(Reply.Action::id)
                .containsExactly(
                        "quote:ENG:2023-04-junior-doctors",
                        "chart:ENG:acute",
                        "explain:figures",
                        "sources:rerun:national::strike=april+2023");
        assertThat(ask(NationalCommand.NAME, Map.of(Options.STRIKE, "2023-05-rcn"))
                        .actions())
                .extracting(Reply.Action::id)
                .as("a strike with only a staff count has nothing to quote")
                .containsExactly("chart:ENG:staff", "explain:figures");
        assertThat(ask(NationalCommand.NAME, Map.of(Options.STRIKE, "all")).actions())
                .extracting(Reply.Action::id)
                .containsExactly(
                        "rerun:national::page=2&strike=all", "explain:figures", "sources:rerun:national::strike=all");
        assertThat(ask(CancellationsCommand.NAME, Map.of(Options.TRUST, "ENHT", Options.STRIKE, "all"))
                        .actions())
                .extracting(Reply.Action::id)
                .containsExactly("explain:figures");
    }

    @DisplayName("All sources answers the presser alone with every source behind the reply, made again from the id")
    @Test
    void allSources() {
        Reply national = ask(NationalCommand.NAME, Map.of(Options.STRIKE, "all"));
        String id = "sources:rerun:national::strike=all";

        Reply sources = press(id);

        assertThat(national.actions()).extracting(Reply.Action::id).contains(id);
        assertThat(sources.ephemeral()).isTrue();
        assertThat(sources.title()).isEqualTo("Sources: " + national.title());
        assertThat(sources.text().lines().skip(1).toList()).containsExactlyElementsOf(national.sources());
        assertThat(sources.text()).startsWith(national.sources().size() + " sources:\n");
        assertThat(sources.shown()).isEmpty();
        assertThat(press("sources:rerun:national::strike=nonsense").tone()).isEqualTo(Reply.Tone.ERROR);
        assertThat(press("sources:explain:figures").title()).isEqualTo("Unknown button");
    }

    @DisplayName("A story by button carries All sources too, which lists the story's sources")
    @Test
    void storySources() {
        Reply story = press("story:ENG:2023-04-junior-doctors");
        String id = "sources:story:ENG:2023-04-junior-doctors";

        assertThat(story.sources()).hasSizeGreaterThan(1);
        assertThat(story.actions()).extracting(Reply.Action::id).contains(id);
        assertThat(press(id).text().lines().skip(1).toList()).containsExactlyElementsOf(story.sources());
    }

    @DisplayName("What these figures mean answers the presser alone with every caveat the one-line footer leaves out")
    @Test
    void explain() {
        Reply reply = press("explain:figures");

        assertThat(reply.title()).isEqualTo("What these figures mean");
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.text()).contains(Caveats.RESCHEDULED, Caveats.ACUTE, Caveats.STAFF);
        assertThat(shipped.app().actions().audience("explain:figures")).isEqualTo(Audience.ASKER);
    }

    @DisplayName("Quote answers with the /quote sentence as plain text, only for the presser, with Post to channel")
    @Test
    void quote() {
        Reply reply = press(QUOTE_ENHT);

        Reply command = ask(QuoteCommand.NAME, Map.of(Options.TRUST, "RWH", Options.STRIKE, "2023-04-junior-doctors"));
        assertThat(reply.plainText()).isEqualTo(command.plainText()).startsWith("During the junior doctors' strike");
        assertThat(reply.sources()).isEqualTo(command.sources());
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.actions()).containsExactly(new Reply.Action("post:" + QUOTE_ENHT, "Post to channel"));
    }

    @DisplayName("Chart answers with the chart, only for the presser, with Post to channel")
    @Test
    void chart() {
        Reply reply = press("chart:RWH:acute");

        assertThat(reply.tone()).isEqualTo(Reply.Tone.ANSWER);
        assertThat(reply.attachments())
                .singleElement()
                .extracting(Reply.Attachment::fileName)
                .isEqualTo("strikedesk-RWH-acute.png");
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.actions()).extracting(Reply.Action::id).containsExactly("post:chart:RWH:acute");
    }

    @DisplayName("Post to channel answers with the same reply for everyone, without buttons")
    @Test
    void post() {
        Reply quote = press("post:" + QUOTE_ENHT);
        Reply chart = press("post:chart:ENG:staff");

        assertThat(quote.ephemeral()).isFalse();
        assertThat(quote.plainText()).isEqualTo(press(QUOTE_ENHT).plainText());
        assertThat(quote.actions()).isEmpty();
        assertThat(chart.ephemeral()).isFalse();
        assertThat(chart.attachments())
                .singleElement()
                .extracting(Reply.Attachment::fileName)
                .isEqualTo("strikedesk-ENG-staff.png");
    }

    @DisplayName("A malformed or unknown id is an error only the presser sees")
    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "quote",
                "quote:RWH",
                "quote:rwh:2023-04-junior-doctors",
                "chart:RWH:pie",
                "post:post:chart:RWH:acute",
                "delete:everything:now",
                "quote:RWH:2023-04-junior-doctors\n@everyone"
            })
    void malformed(String id) {
        Reply reply = press(id);

        assertThat(reply.tone()).isEqualTo(Reply.Tone.ERROR);
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.title()).isEqualTo("Unknown button");
        assertThat(reply.actions()).isEmpty();
    }

    @DisplayName("An id naming a trust or strike no longer known says so, and is never posted")
    @Test
    void stale() {
        assertThat(press("quote:ZZZ99:2023-04-junior-doctors").title()).isEqualTo("Trust no longer listed");
        assertThat(press("chart:ZZZ99:acute").title()).isEqualTo("Trust no longer listed");
        Reply strike = press("quote:RWH:2019-01-imaginary");
        assertThat(strike.title()).isEqualTo("Strike no longer listed");
        assertThat(strike.text()).contains("2019-01-imaginary", "/strikes");
        Reply posted = press("post:quote:RWH:2019-01-imaginary");
        assertThat(posted.ephemeral()).isTrue();
        assertThat(posted.tone()).isEqualTo(Reply.Tone.ERROR);
    }

    @DisplayName("A quote for a strike the trust has no figures for explains, and offers nothing to post")
    @Test
    void noFigures() {
        Reply reply = press("quote:RWH:2022-12-rcn");

        assertThat(reply.tone()).isEqualTo(Reply.Tone.WARNING);
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.actions()).isEmpty();
    }

    @DisplayName("Every button on every figure reply has an id of at most 100 characters that answers")
    @Test
    void everyButtonAnswers() {
        Set<String> ids = new LinkedHashSet<>();
        for (String org : shipped.app().queries().organisationsWithFigures()) {
            for (Strike strike : shipped.app().reference().calendar().all()) {
                Reply reply = ask(CancellationsCommand.NAME, Map.of(Options.TRUST, org, Options.STRIKE, strike.id()));
                reply.actions().forEach(action -> ids.add(action.id()));
            }
        }

        assertThat(ids).hasSizeGreaterThan(40).contains("explain:figures").allSatisfy(id -> {
            assertThat(id.length()).isLessThanOrEqualTo(100);
            Reply answer = press(id);
            assertThat(answer.tone()).as(id).isEqualTo(Reply.Tone.ANSWER);
            assertThat(answer.ephemeral()).as(id).isTrue();
            if (id.startsWith("sources:")) {
                assertThat(answer.title()).as(id).startsWith("Sources: ");
                assertThat(answer.text()).as(id).doesNotContain("Page ");
                assertThat(answer.actions()).as(id).isEmpty();
            } else if (!id.equals("explain:figures")) {
                assertThat(answer.actions())
                        .extracting(Reply.Action::id)
                        .contains("post:" + id)
                        .allMatch(action -> action.equals("post:" + id) || action.startsWith("sources:" + id));
            }
        });
    }
}
