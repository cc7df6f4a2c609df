package org.strikedesk.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.Options;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;

/** /story on the shipped data: the draft a reporter files, and the reply that carries it. */
class StoryCommandTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static final Invoker REPORTER = new Invoker("1234", "reporter", false, "42", "99");

    private static Reply ask(Map<String, String> options) {
        return shipped.app().commands().handle(CommandRequest.of(StoryCommand.NAME, options, REPORTER));
    }

    /** The draft the reply carries, as the reporter pastes it. */
    static String draft(Reply reply) {
        assertThat(reply.attachments()).hasSize(1);
        return new String(reply.attachments().get(0).content(), StandardCharsets.UTF_8);
    }

    @DisplayName(
            "The draft for ENHT: headline, standfirst, total and split, staff, region and England, strikes, caveats")
    @Test
    void enht() {
        String expected = """
                2,247 appointments and procedures rescheduled at East and North Hertfordshire NHS Trust during \
                junior doctors' strike

                It is the only trust in England with a published count for the strike, and 1.1% of England's total \
                of 196,225.

                During the junior doctors' strike of 11\u201314 April 2023, 2,247 appointments and procedures were \
                rescheduled at East and North Hertfordshire NHS Trust \u2013 170 inpatient and day-case procedures \
                and 2,077 outpatient appointments \u2013 according to NHS England data.

                Between 141 and 160 staff were absent a day at the trust. Only the peak and lowest days were \
                published, not which days they were.

                It was the only trust in England with a published count for the strike, and 1.1% of England's total \
                of 196,225.

                This is the only strike with a published count for the trust.

                Junior doctors in the BMA went on strike on 11\u201314 April 2023. NHS England's own running total \
                since the strikes began in December 2022 stood at 483,085 after this strike.

                NHS England counts appointments and procedures rescheduled because of strikes, often reported as \
                cancelled. Its figures understate the disruption and may be revised. Staff absent is counted per \
                day; adding days gives staff-days, not people.

                Source: The Comet, reporting NHS England data: \
                https://martini.thecomet.net/news/23475735.north-east-herts-2-000-hospital-appointments-cancelled-strike
                Source: The Courier, reporting NHS England data (published 17 April 2023): \
                https://www.thecourier.co.uk/news/uk-world/4312216/full-list-of-rescheduled-hospital-appointments-in-england-since-strikes-began/
                """;

        assertThat(draft(ask(Map.of(Options.TRUST, "ENHT")))).isEqualTo(expected);
    }

    @DisplayName("The reply: headline as title, standfirst as text, the draft attached, for the asker, with Post")
    @Test
    void reply() {
        Reply reply = ask(Map.of(Options.TRUST, "ENHT"));

        assertThat(reply.title())
                .isEqualTo("2,247 appointments and procedures rescheduled at East and North Hertfordshire NHS Trust"
                        + " during junior doctors' strike");
        assertThat(reply.text())
                .startsWith("It is the only trust in England with a published count for the strike, and 1.1% of"
                        + " England's total of 196,225.\nStrikeDesk holds no figures for East and North Hertfordshire"
                        + " NHS Trust in the 15 later strikes");
        assertThat(reply.attachments().get(0).fileName()).isEqualTo("strikedesk-story-RWH-2023-04-junior-doctors.txt");
        assertThat(reply.attachments().get(0).description()).isEqualTo("Draft story: " + reply.title());
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.actions())
                .containsExactly(
                        new Reply.Action("post:story:RWH:2023-04-junior-doctors", "Post to channel"),
                        new Reply.Action("sources:rerun:story::trust=ENHT", "All sources"));
        assertThat(reply.sources())
                .containsExactly(
                        "The Comet, reporting NHS England data:"
                                + " https://martini.thecomet.net/news/23475735.north-east-herts-2-000-hospital-appointments-cancelled-strike",
                        "The Courier, reporting NHS England data (published 17 April 2023):"
                                + " https://www.thecourier.co.uk/news/uk-world/4312216/full-list-of-rescheduled-hospital-appointments-in-england-since-strikes-began/");
    }

    @DisplayName("Post to channel posts the same story for everyone; Story shows it to the presser with Post")
    @Test
    void buttons() {
        Reply asked = ask(Map.of(Options.TRUST, "RWH", Options.STRIKE, "2023-04-junior-doctors"));

        Reply posted = shipped.app().actions().press("post:story:RWH:2023-04-junior-doctors", REPORTER);
        Reply shown = shipped.app().actions().press("story:RWH:2023-04-junior-doctors", REPORTER);

        assertThat(posted.ephemeral()).isFalse();
        assertThat(posted.actions())
                .as("once posted, nothing to press but All sources, which answers the presser alone")
                .extracting(Reply.Action::id)
                .containsExactly("sources:story:RWH:2023-04-junior-doctors");
        assertThat(posted.title()).isEqualTo(asked.title());
        assertThat(draft(posted)).isEqualTo(draft(asked));
        assertThat(shown.ephemeral()).isTrue();
        assertThat(draft(shown)).isEqualTo(draft(asked));
        assertThat(shown.actions())
                .extracting(Reply.Action::id)
                .containsExactly("post:story:RWH:2023-04-junior-doctors", "sources:story:RWH:2023-04-junior-doctors");
    }

    @DisplayName("Paragraphs that depend on the subject and the strike")
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            RGT | 2022-12-rcn | The trust's count was the higher of the two trusts in the East of England region with a published count, and 8.1% of England's total of 29,576.
            RGT | 2022-12-rcn | Its count was the higher of the two trusts in the East of England region with a published count for the strike. Across England, it was the second highest of the 14 trusts with a published count, and 8.1% of England's total of 29,576.
            RGT | 2022-12-rcn | No figures for staff absent were published for the trust for this strike.
            RGT | 2022-12-rcn | Nurses in the RCN went on strike on 15 and 20 December 2022. NHS England stated no running total after this strike; this strike's count for England, 29,576, is the only count published up to it.
            RRJ | 2022-12-rcn | No appointments or procedures rescheduled at The Royal Orthopaedic Hospital NHS Foundation Trust during nurses' strike
            RRJ | 2022-12-rcn | Its count was the lowest of the six trusts in the Midlands region with a published count for the strike. Across England, it was the lowest of the 14 trusts with a published count, and 0.0% of England's total of 29,576.
            RX1 | 2022-12-rcn | The trust's count was the highest of the six trusts in the Midlands region with a published count, and 9.3% of England's total of 29,576.
            RAE | 2022-12-rcn | Its count was the higher of the two trusts in the North East and Yorkshire region with a published count for the strike. Across England, it was the eighth highest of the 14 trusts with a published count, and 2.6% of England's total of 29,576.
            england | 2023-07-junior-doctors | This strike's count for England was the seventh highest of the 25 strikes with a published count. NHS England's own running total since the strikes began in December 2022 stood at 698,813 after this strike.
            england | 2023-07-junior-doctors | During the junior doctors' strike of 13\u201317 July 2023, 101,977 appointments and procedures were rescheduled across England, according to NHS England data. The figures give no split between inpatient and outpatient care. NHS England also counted 1,160 mental health appointments and 186 community appointments rescheduled, which are not in the acute total.
            england | 2023-07-junior-doctors | At the peak, 20,342 staff were absent across England. Only the peak day was published, not which day it was.
            england | 2022-12-rcn | 9,999 staff were absent across England on 15 December 2022. No figure was published for 20 December.
            england | 2022-12-rcn | Across the 25 strikes with a published count for England, the counts add up to 1,432,942: a sum of published counts, not NHS England's own running total. The most were during the junior doctors' strike of 11\u201314 April 2023, when 196,225 were rescheduled.
            england | 2023-05-rcn | Up to 5,034 staff absent a day across England during nurses' strike
            england | 2023-05-rcn | The figures published for this strike give no total of appointments and procedures rescheduled, only staff absent.
            england | 2023-05-rcn | Nurses in the RCN went on strike on 30 April\u20131 May 2023. NHS England stated no running total after this strike; the published counts for England for the 14 strikes up to and including this strike add up to 483,085.
            england | 2023-01-24-ambulance | Ambulance staff in the Unison went on strike in north-west England on 24 January 2023.
            """)
    void paragraphs(String trust, String strike, String paragraph) {
        String draft = draft(ask(Map.of(Options.TRUST, trust, Options.STRIKE, strike)));

        assertThat(draft.split("\n\n")).anySatisfy(part -> assertThat(part).startsWith(paragraph));
    }
}
