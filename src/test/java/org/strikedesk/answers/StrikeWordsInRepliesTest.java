package org.strikedesk.answers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikedesk.commands.Invoker;
import org.strikedesk.console.ConsoleParser;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;

/**
 * Strike words as the commands answer them, on the shipped data: the strike a trust has figures for is chosen
 * where several fit, the latest says which later strikes have none, a word outside the calendar gives its range,
 * and a list that is cut says how many were left out.
 */
class StrikeWordsInRepliesTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static Reply ask(String line) {
        ConsoleParser.Parsed parsed = new ConsoleParser(shipped.app().commands()).parse(line, Invoker.CONSOLE);
        assertThat(parsed.problem()).isNull();
        return shipped.app().commands().handle(parsed.request());
    }

    @DisplayName("Each strike word gets the card or the reply a sub-editor would want")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /cancellations trust:ENHT strike:2021 | No strike found | No strike matches "2021": the calendar runs from 15 December 2022 to 18 November 2025. /strikes lists every strike.
            /cancellations trust:ENHT strike:march 2026 | No strike found | No strike matches "march 2026": the calendar runs from 15 December 2022 to 18 November 2025. /strikes lists every strike.
            /national strike:17/12/2022 | No strike found | No strike in the calendar falls on "17/12/2022". The nearest:\\n\u2022 2022-12-rcn: nurses' strike, 15 and 20 December 2022
            /national strike:2023 | Which strike? | "2023" fits more than one strike:\\n\u2022 2023-12-junior-doctors: junior doctors and hospital dental trainees' strike, 20\u201322 December 2023\\n\u2022 2023-10-joint: consultants and junior doctors' strike, 2\u20134 October 2023\\n\u2022 2023-09-joint: consultants and junior doctors' strike, 19\u201322 September 2023\\n\u2022 2023-08-consultants: consultants' strike, 24\u201325 August 2023\\n\u2022 2023-08-junior-doctors: junior doctors' strike, 11\u201314 August 2023\\n\u2022 2023-07-consultants: consultants' strike, 20\u201321 July 2023\\n\u2022 2023-07-junior-doctors: junior doctors' strike, 13\u201317 July 2023\\n\u2022 2023-06-junior-doctors: junior doctors' strike, 14\u201316 June 2023\\n\u2022 2023-05-rcn: nurses' strike, 30 April\u20131 May 2023\\n\u2022 2023-04-junior-doctors: junior doctors' strike, 11\u201314 April 2023\\nand 11 more\\nGive the strike's id, e.g. strike:2023-12-junior-doctors
            /cancellations trust:ambulance | Which trust? | "ambulance" could mean:\\n\u2022 London Ambulance Service NHS Trust (RRU)\\n\u2022 Yorkshire Ambulance Service NHS Trust (RX8)\\n\u2022 East Midlands Ambulance Service NHS Trust (RX9)\\n\u2022 East of England Ambulance Service NHS Trust (RYC)\\n\u2022 North East Ambulance Service NHS Foundation Trust (RX6)\\nand 5 more\\nUse the code to be sure, e.g. trust:RRU
            """)
    void problems(String line, String title, String text) {
        Reply reply = ask(line);

        assertThat(reply.title()).isEqualTo(title);
        assertThat(reply.text()).isEqualTo(text.replace("\\n", "\n"));
    }

    @DisplayName("Where several strikes fit, the one the trust has figures for is shown")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /cancellations trust:ENHT strike:2023 | East and North Hertfordshire NHS Trust: junior doctors' strike, 11\u201314 April 2023
            /cancellations trust:ENHT strike:junior doctors | East and North Hertfordshire NHS Trust: junior doctors' strike, 11\u201314 April 2023
            /cancellations trust:ENHT strike:11-15 April 2023 | East and North Hertfordshire NHS Trust: junior doctors' strike, 11\u201314 April 2023
            /cancellations trust:ENHT strike:12/04/2023 | East and North Hertfordshire NHS Trust: junior doctors' strike, 11\u201314 April 2023
            /cancellations trust:GOSH strike:nurses | Great Ormond Street Hospital for Children NHS Foundation Trust: nurses' strike, 15 and 20 December 2022
            /national strike:consultants august 2023 | England: consultants' strike, 24\u201325 August 2023
            /national strike:physios february | England: physiotherapists' strike, 9 February 2023
            """)
    void preferred(String line, String title) {
        assertThat(ask(line).title()).isEqualTo(title);
    }

    @DisplayName("The latest strike with figures says which later strikes have none, naming the newest")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /cancellations trust:ENHT | StrikeDesk holds no figures for East and North Hertfordshire NHS Trust in the 15 later strikes: the resident doctors' strike of 14\u201318 November 2025, the resident doctors' strike of 25\u201329 July 2025, the junior doctors' strike of 27 June\u20131 July 2024 and 12 more.
            /cancellations trust:ENHT strike:most recent | StrikeDesk holds no figures for East and North Hertfordshire NHS Trust in the 15 later strikes: the resident doctors' strike of 14\u201318 November 2025, the resident doctors' strike of 25\u201329 July 2025, the junior doctors' strike of 27 June\u20131 July 2024 and 12 more.
            /staff trust:england | StrikeDesk holds no staff figures for England in the two later strikes: the resident doctors' strike of 14\u201318 November 2025 and the resident doctors' strike of 25\u201329 July 2025.
            /national | StrikeDesk holds no figures for England in the later resident doctors' strike of 14\u201318 November 2025.
            """)
    void laterStrikes(String line, String note) {
        assertThat(ask(line).text()).endsWith("\n" + note);
    }
}
