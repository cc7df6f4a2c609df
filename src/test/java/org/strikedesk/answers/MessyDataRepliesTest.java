package org.strikedesk.answers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikedesk.commands.Invoker;
import org.strikedesk.console.ConsoleParser;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.support.MessyFigures;

/**
 * Every reply on messy data, not just the shipped files: the synthetic figures of {@link MessyFigures} (zero values,
 * one-day strikes, small counts, a region, trusts in different regions) on top of the shipped data. Each expected
 * text is written as a sub-editor would want it printed.
 */
class MessyDataRepliesTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    @BeforeAll
    static void synthetic() {
        assertThat(MessyFigures.importInto(shipped.app(), shipped.folder()).rejected())
                .isFalse();
    }

    private static Reply ask(String line) {
        ConsoleParser.Parsed parsed = new ConsoleParser(shipped.app().commands()).parse(line, Invoker.CONSOLE);
        assertThat(parsed.problem()).isNull();
        return shipped.app().commands().handle(parsed.request());
    }

    /** The part of a reply a row checks: its quote, its text, its title, or the value of a field. */
    private static String part(Reply reply, String part) {
        return switch (part) {
            case "quote" -> reply.plainText();
            case "text" -> reply.text();
            case "title" -> reply.title();
            default ->
                reply.fields().stream()
                        .filter(field -> field.name().equals(part))
                        .map(Reply.Field::value)
                        .findFirst()
                        .orElse("(no field " + part + ")");
        };
    }

    @DisplayName("House style: in running text one to nine in words, zero as 'no', day-case, 'in the ... region'; on"
            + " cards the number first")
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            /quote trust:england strike:2023-01-26-physio | quote | During the physiotherapists' strike of 26 January 2023, 2,260 appointments and procedures were rescheduled across England \u2013 three inpatient and day-case procedures and 2,257 outpatient appointments \u2013 according to NHS England data.
            /quote trust:York and Scarborough strike:2022-12-21-ambulance | quote | During the ambulance staff strike of 21 December 2022, no appointments or procedures were rescheduled at York and Scarborough Teaching Hospitals NHS Foundation Trust, according to figures published by example.org.
            /quote trust:LTHT strike:physios january | quote | During the physiotherapists' strike of 26 January 2023, five appointments and procedures were rescheduled at Leeds Teaching Hospitals NHS Trust \u2013 no inpatient or day-case procedures and five outpatient appointments \u2013 according to figures published by example.org.
            /quote trust:LTHT strike:9 February 2023 | quote | During the physiotherapists' strike of 9 February 2023, one appointment or procedure was rescheduled at Leeds Teaching Hospitals NHS Trust, according to figures published by example.org.
            /quote trust:Y63 strike:13-18 July 2023 | quote | During the junior doctors' strike of 13\u201317 July 2023, 11,000 appointments and procedures were rescheduled in the North East and Yorkshire region \u2013 2,000 inpatient and day-case procedures and 9,000 outpatient appointments \u2013 according to figures published by example.org.
            /quote trust:RR8 strike:august 2023 | text | No total of appointments and procedures rescheduled has been published for Leeds Teaching Hospitals NHS Trust in the junior doctors' strike of 11\u201314 August 2023; only its outpatient figure was. /cancellations shows it.
            /cancellations trust:RCB strike:21/12/2022 | text | No appointments or procedures were rescheduled\\nInpatient and day case **0** \u00b7 Outpatient **0**
            /cancellations trust:RR8 strike:physios january | text | **5** rescheduled \u00b7 0.2% of England's 2,260\\nInpatient and day case **0** \u00b7 Outpatient **5**
            /cancellations trust:RR8 strike:9/2/2023 | text | **1** rescheduled \u00b7 0.1% of England's 1,532
            /cancellations trust:Y63 strike:2023-07-junior-doctors | text | **11,000** rescheduled \u00b7 10.8% of England's 101,977\\nInpatient and day case **2,000** \u00b7 Outpatient **9,000**
            /cancellations trust:Y63 strike:2023-07-junior-doctors | title | North East and Yorkshire region: junior doctors' strike, 13\u201317 July 2023
            /cancellations trust:RR8 strike:2023-08-junior-doctors | text | No count of rescheduled acute appointments has been published.\\nOutpatient **120**
            /staff trust:R1H strike:january 2024 | text | Up to **7** staff absent a day (none on the lowest day)\\nOnly the peak and lowest days were published, not which days they were.
            /compare trust:RR8 other:RCB strike:2022-12-21-ambulance | text | Leeds Teaching Hospitals NHS Trust rescheduled three more appointments and procedures than York and Scarborough Teaching Hospitals NHS Foundation Trust during the ambulance staff strike of 21 December 2022: three against none.
            /chart trust:Leeds Teaching Hospitals | title | Leeds Teaching Hospitals NHS Trust: appointments and procedures rescheduled, by strike
            """)
    void houseStyle(String line, String part, String expected) {
        assertThat(part(ask(line), part)).isEqualTo(expected.replace("\\n", "\n"));
    }

    @DisplayName("Partial coverage: the strike's own dates, which days and measures have no figure, never as complete")
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            /quote trust:LTHT strike:13-18 July 2023 | quote | During the junior doctors' strike of 13–17 July 2023, at least 1,510 appointments and procedures were rescheduled at Leeds Teaching Hospitals NHS Trust – 210 inpatient and day-case procedures and 1,300 outpatient appointments – according to figures published by example.org (partial: no inpatient figure was published for 17 July).
            /quote trust:Barts strike:2024-01-junior-doctors | quote | During the junior doctors and hospital dental trainees' strike of 3–8 January 2024, at least 855 appointments and procedures were rescheduled at Barts Health NHS Trust – 75 inpatient and day-case procedures and 780 outpatient appointments – according to figures published by example.org (partial: no figures were published for 4–7 January).
            /quote trust:england strike:radiographers | quote | During the radiographers' strike of 25–26 July 2023, at least 700 appointments and procedures were rescheduled across England, according to figures published by example.org (partial: no figure was published for 26 July).
            /cancellations trust:RR8 strike:2023-07-junior-doctors | text | At least **1,510** rescheduled · 1.5% of England's 101,977\\nInpatient and day case **210** (partial) · Outpatient **1,300** · Staff absent **8–160 a day (no figure for 16 July)**\\nPartial: no inpatient figure was published for 17 July.
            /cancellations trust:LTHT strike:2023-07-junior-doctors | title | Leeds Teaching Hospitals NHS Trust: junior doctors' strike, 13–17 July 2023
            /cancellations trust:R1H strike:january 2024 | text | At least **855** rescheduled · 0.8% of England's 113,779\\nInpatient and day case **75** (partial) · Outpatient **780** (partial) · Staff absent **0–7 a day**\\nPartial: no figures were published for 4–7 January.
            /staff trust:RR8 strike:july 2023 | text | **8–160** staff absent a day\\n13 July 2023: 150\\n14 July 2023: 160 (peak)\\n15 July 2023: 8 (lowest)\\n16 July 2023: no figure published\\n17 July 2023: 140\\nPartial: no figure was published for 16 July, so the peak and lowest are of the days that have one.
            /compare trust:Y63 other:RR8 strike:2023-07-junior-doctors | text | The North East and Yorkshire region rescheduled 11,000 appointments and procedures during the junior doctors' strike of 13–17 July 2023, and Leeds Teaching Hospitals NHS Trust at least 1,510. The total for Leeds Teaching Hospitals NHS Trust is partial: no inpatient figure was published for 17 July, so the difference between them is not known.
            /cancellations trust:RR8 strike:all | text | 21 December 2022, ambulance staff strike: 3 rescheduled\\n26 January 2023, physiotherapists' strike: 5 rescheduled\\n9 February 2023, physiotherapists' strike: 1 rescheduled\\n13–17 July 2023, junior doctors' strike: 1,510 rescheduled (partial)\\n11–14 August 2023, junior doctors' strike: no count of rescheduled appointments published
            """)
    void partialCoverage(String line, String part, String expected) {
        assertThat(part(ask(line), part)).isEqualTo(expected.replace("\\n", "\n"));
    }

    @DisplayName("Rankings and charts say which partial total lacks what")
    @Test
    void partialInRankingsAndCharts() {
        assertThat(ask("/top strike:2023-07-junior-doctors region:Y63").text())
                .contains("A partial total counts only the strike days with a published figure.");
        assertThat(ask("/chart trust:RR8").text())
                .endsWith(" * Partial: Jul 2023 JD (no inpatient figure was published for 17 July).");
    }

    @DisplayName("A partial total and its share sit in one pair of brackets, in rankings and running totals")
    @Test
    void noDoubledBrackets() {
        Reply top = ask("/top strike:2023-07-junior-doctors region:Y63");
        Reply national = ask("/national strike:all");

        assertThat(top.text().lines().limit(2))
                .containsExactly(
                        "1. Leeds Teaching Hospitals NHS Trust (RR8): 1,510 (partial; 1.5%)",
                        "2. Bradford Teaching Hospitals NHS Foundation Trust (RAE): 9 (less than 0.1%)");
        assertThat(top.text()).contains("\n\nTwo trusts of the ");
        assertThat(national.text())
                .containsPattern(
                        "\\n25\u201326 July 2023, radiographers' strike: 700 \\(partial; running total [0-9,]+\\)\\n");
        assertThat(top.text() + national.text()).doesNotContain(") (");
    }

    @DisplayName("Chart text names the bars as the house abbreviates months (Sep, not Sept), in words where small")
    @Test
    void chartText() {
        Reply leeds = ask("/chart trust:LTHT");
        Reply england = ask("/chart trust:england");

        assertThat(leeds.text())
                .startsWith("Four strikes have a published figure; strikes without one are left out. The highest was"
                        + " 1,510 in the junior doctors' strike of 13\u201317 July 2023.");
        assertThat(leeds.attachments().get(0).description())
                .isEqualTo("Bar chart of appointments and procedures rescheduled at Leeds Teaching Hospitals NHS Trust,"
                        + " by strike. Dec 2022 ambulance: 3; Jan 2023 physios: 5; Feb 2023 physios: 1; Jul 2023 JD*:"
                        + " 1,510");
        assertThat(england.attachments().get(0).description()).contains("; Sep 2023 consultants + JD: ");
    }
}
