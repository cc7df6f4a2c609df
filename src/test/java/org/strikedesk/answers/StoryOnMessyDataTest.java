package org.strikedesk.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.Options;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.support.MessyFigures;
import org.strikedesk.support.TidyCsv;

/**
 * /story where the data is messy: the synthetic figures of {@link MessyFigures} on top of the shipped data, and one
 * synthetic revision (Leeds' outpatient figure for 13 July 2023, 300 then 310). Partial totals keep the strike's
 * dates and say what is missing, a revised figure says what it was, small numbers are words, a region ranks among
 * regions.
 */
class StoryOnMessyDataTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    @BeforeAll
    static void synthetic() throws IOException {
        assertThat(MessyFigures.importInto(shipped.app(), shipped.folder()).rejected())
                .isFalse();
        ImportReport revision = TidyCsv.citing("https://example.org/synthetic/messy-revised")
                .row("2023-07-junior-doctors,RR8,2023-07-13,outpatient_rescheduled,310", "2023-08-01")
                .importInto(shipped.app(), shipped.folder().resolve("revision.csv"));
        assertThat(revision.counts().revised()).isEqualTo(1);
    }

    private static String draft(String trust, String strike) {
        return StoryCommandTest.draft(shipped.app()
                .commands()
                .handle(CommandRequest.of(
                        StoryCommand.NAME, Map.of(Options.TRUST, trust, Options.STRIKE, strike), Invoker.CONSOLE)));
    }

    @DisplayName("Partial, revised, small, zero, regional and missing figures, each said as a sub-editor would")
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            LTHT | 2023-07-junior-doctors | At least 1,520 appointments and procedures rescheduled at Leeds Teaching Hospitals NHS Trust during junior doctors' strike
            LTHT | 2023-07-junior-doctors | The trust's partial count was the higher of the two trusts in the North East and Yorkshire region with a published count, and at least 1.5% of England's total of 101,977.
            LTHT | 2023-07-junior-doctors | During the junior doctors' strike of 13\u201317 July 2023, at least 1,520 appointments and procedures were rescheduled at Leeds Teaching Hospitals NHS Trust \u2013 210 inpatient and day-case procedures and 1,310 outpatient appointments \u2013 according to figures published by example.org (partial: no inpatient figure was published for 17 July).
            LTHT | 2023-07-junior-doctors | Staff absence at the trust peaked at 160 on 14 July 2023; the lowest was eight on 15 July 2023. No figure was published for 16 July.
            LTHT | 2023-07-junior-doctors | Across the four strikes with a published count for the trust, at least 1,529 appointments and procedures have been rescheduled at the trust. This strike's count was the highest of them.
            LTHT | 2023-07-junior-doctors | NHS England counts appointments and procedures rescheduled because of strikes, often reported as cancelled. Its figures understate the disruption and may be revised. The count for the trust is partial: no inpatient figure was published for 17 July, so it covers only the days with a figure. The outpatient figure for 13 July was revised from 300 to 310. Staff absent is counted per day; adding days gives staff-days, not people.
            LTHT | 2023-08-junior-doctors | 120 outpatient appointments rescheduled at Leeds Teaching Hospitals NHS Trust during junior doctors' strike
            LTHT | 2023-08-junior-doctors | No count of appointments and procedures rescheduled at Leeds Teaching Hospitals NHS Trust during the junior doctors' strike of 11\u201314 August 2023 has been published. What was published counts 120 outpatient appointments rescheduled.
            LTHT | 2023-08-junior-doctors | Across the four strikes with a published count for the trust, at least 1,529 appointments and procedures have been rescheduled at the trust. The most were during the junior doctors' strike of 13\u201317 July 2023, when at least 1,520 were rescheduled.
            LTHT | 2023-02-09-physio | One appointment or procedure rescheduled at Leeds Teaching Hospitals NHS Trust during physiotherapists' strike
            LTHT | 2023-02-09-physio | The figures give no split between inpatient and outpatient care.
            LTHT | 2023-01-26-physio | Physiotherapists in the CSP went on strike on 26 January 2023. NHS England stated no running total after this strike; the published counts for England for the seven strikes up to and including this strike add up to 66,859.
            RAE | 2023-07-junior-doctors | Nine appointments and procedures rescheduled at Bradford Teaching Hospitals NHS Foundation Trust during junior doctors' strike
            RAE | 2023-07-junior-doctors | Its count was the lower of the two trusts in the North East and Yorkshire region with a published count for the strike. Across England, it was the lower of the two trusts with a published count, and less than 0.1% of England's total of 101,977.
            RAE | 2023-07-junior-doctors | Across the two strikes with a published count for the trust, 775 appointments and procedures have been rescheduled at the trust. The most were during the nurses' strike of 15 and 20 December 2022, when 766 were rescheduled.
            RCB | 2022-12-21-ambulance | No appointments or procedures rescheduled at York and Scarborough Teaching Hospitals NHS Foundation Trust during ambulance staff strike
            R1H | 2024-01-junior-doctors | Up to seven staff were absent a day at the trust, and none on the lowest day. Only the peak and lowest days were published, not which days they were.
            R1H | 2024-01-junior-doctors | The count for the trust is partial: no figures were published for 4\u20137 January, so it covers only the days with a figure.
            Y63 | 2023-07-junior-doctors | 11,000 appointments and procedures rescheduled in the North East and Yorkshire region during junior doctors' strike
            Y63 | 2023-07-junior-doctors | It is the only region in England with a published count for the strike, and 10.8% of England's total of 101,977.
            Y63 | 2023-07-junior-doctors | No figures for staff absent were published for the region for this strike.
            england | 2023-07-radiographers | Radiographers in the SoR went on strike on 25\u201326 July 2023. NHS England stated no running total after this strike; the published counts for England for the 18 strikes up to and including this strike add up to at least 757,439.
            england | 2023-07-consultants | Consultants in the BMA went on strike on 20\u201321 July 2023. NHS England's own running total since the strikes began in December 2022 stood at 764,370 after this strike.
            """)
    void paragraphs(String trust, String strike, String paragraph) {
        assertThat(draft(trust, strike).split("\n\n"))
                .anySatisfy(part -> assertThat(part).contains(paragraph));
    }
}
