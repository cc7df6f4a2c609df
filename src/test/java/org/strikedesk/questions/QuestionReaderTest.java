package org.strikedesk.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikedesk.commands.StrikeSelection;
import org.strikedesk.config.StrikeDeskConfig;
import org.strikedesk.figures.ReleaseCalendar;
import org.strikedesk.support.AppOnShippedData;

/**
 * Questions as reporters write them (lower case, typos, "the Lister", "Herts", "nurses strike" without its
 * apostrophe, a trailing "?"), each with the command it must read as on the shipped data, or the question it must
 * ask back (its title and every choice as the command it runs), or "not understood". Where several strikes fit the
 * words, the one with figures for the trust asked about is chosen, as the commands choose it; where several fit
 * equally, the question is asked back.
 */
class QuestionReaderTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static QuestionReader reader;

    @BeforeAll
    static void open() {
        reader = new QuestionReader(
                shipped.app().reference(),
                new StrikeSelection(
                        shipped.app().queries(),
                        shipped.app().reference(),
                        new ReleaseCalendar(
                                StrikeDeskConfig.DEFAULT.releases().expectedWithin(),
                                shipped.app().clock())));
    }

    /** A reading in one line: the command; "Which trust? /a, /b" for a question asked back; or the kind. */
    static String shown(Reading reading) {
        if (reading instanceof Reading.Understood understood) {
            return understood.command().line();
        }
        if (reading instanceof Reading.Unclear unclear) {
            return unclear.title() + " "
                    + unclear.choices().stream()
                            .map(choice -> choice.command().line())
                            .collect(Collectors.joining(", "));
        }
        if (reading instanceof Reading.Unanswerable unanswerable) {
            return unanswerable.title();
        }
        return "not understood";
    }

    @DisplayName("Each question reads as the command that answers it, or asks back")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '>', quoteCharacter = '`', textBlock = """
            how many appointments were cancelled at Lister in April 2023? > /cancellations trust:RWH strike:2023-04-junior-doctors
            how many appointments were cancelled at Lister in April? > /cancellations trust:RWH strike:2023-04-junior-doctors
            How many appointments were cancelled at the Lister in April 2023 > /cancellations trust:RWH strike:2023-04-junior-doctors
            how many appointments were cancelled at lister in april 2023 > /cancellations trust:RWH strike:2023-04-junior-doctors
            how many appts cancelled at lister april > /cancellations trust:RWH strike:2023-04-junior-doctors
            how many operations were postponed at the lister hospital in april > /cancellations trust:RWH strike:2023-04-junior-doctors
            How many ops were cancelled at Lister during the junior doctors strike? > /cancellations trust:RWH strike:2023-04-junior-doctors
            how many were rescheduled at ENHT during the april strike? > /cancellations trust:RWH strike:2023-04-junior-doctors
            rescheduled appointments at enht april 2023 > /cancellations trust:RWH strike:2023-04-junior-doctors
            cancellations at east and north herts in april 2023 > /cancellations trust:RWH strike:2023-04-junior-doctors
            cancellations at East & North Herts > /cancellations trust:RWH
            what was the disruption at lister in april > /cancellations trust:RWH strike:2023-04-junior-doctors
            lister april 2023 > /cancellations trust:RWH strike:2023-04-junior-doctors
            Lister hospital stevenage april strike > /cancellations trust:RWH strike:2023-04-junior-doctors
            staff absent at ENHT during the April strike > /staff trust:RWH strike:2023-04-junior-doctors
            how many staff were absent at ENHT in april? > /staff trust:RWH strike:2023-04-junior-doctors
            how many doctors were off at lister in april > /staff trust:RWH strike:2023-04-junior-doctors
            how many doctors were out at the lister during the april strike > /staff trust:RWH strike:2023-04-junior-doctors
            how many junior doctors went on strike at lister > /staff trust:RWH strike:2023-04-junior-doctors
            staff absences at lister > /staff trust:RWH
            nurses off at guys in december > /staff trust:RJ1 strike:2022-12-rcn
            how many nurses were striking at GOSH in december 2022 > /staff trust:RP4 strike:2022-12-rcn
            compare Addenbrooke's and Guy's in the December nurses' strike > /compare trust:RGT other:RJ1 strike:2022-12-rcn
            compare addenbrookes and guys in the december nurses strike > /compare trust:RGT other:RJ1 strike:2022-12-rcn
            addenbrookes vs guys december 2022 > /compare trust:RGT other:RJ1 strike:2022-12-rcn
            Addenbrooke's versus Guy's and St Thomas' in the nurses strike > /compare trust:RGT other:RJ1 strike:2022-12-rcn
            compare lister with addenbrookes > /compare trust:RWH other:RGT
            lister v addenbrookes > /compare trust:RWH other:RGT
            how did lister compare with england in april > /compare trust:RWH other:ENG strike:2023-04-junior-doctors
            compare the lister and england > /compare trust:RWH other:ENG
            which trusts were worst hit in December 2022? > /top strike:2022-12-rcn
            which trusts were worst hit in december > /top strike:2022-12-rcn
            worst hit trusts in the nurses strike > /top strike:2022-12-rcn
            top 5 trusts in december 2022 > /top strike:2022-12-rcn limit:5
            top 10 hospitals for cancellations in the nurses strike > /top strike:2022-12-rcn limit:10
            which hospitals had the most cancellations in december 2022 > /top strike:2022-12-rcn
            which trusts in london were worst hit in the december nurses strike > /top strike:2022-12-rcn region:Y56
            worst hit trusts in the north west > /top region:Y62
            which trusts were hit hardest in the midlands in december 2022 > /top strike:2022-12-rcn region:Y60
            rank the trusts for the rcn strike > /top strike:2022-12-rcn
            give me a quote for the Lister > /quote trust:RWH
            give me a quote for lister > /quote trust:RWH
            quote for ENHT april 2023 > /quote trust:RWH strike:2023-04-junior-doctors
            can i get a line on the lister for the april strike > /quote trust:RWH strike:2023-04-junior-doctors
            a sentence on GOSH in the nurses strike > /quote trust:RP4 strike:2022-12-rcn
            quote on guys december > /quote trust:RJ1 strike:2022-12-rcn
            write me a line for addenbrookes > /quote trust:RGT
            England total for the July consultants' strike > /national strike:2023-07-consultants
            england total for the july consultants strike > /national strike:2023-07-consultants
            national figures for the april junior doctors strike > /national strike:2023-04-junior-doctors
            how many appointments were cancelled nationally in april 2023 > /national strike:2023-04-junior-doctors
            how many appointments were rescheduled in total in december 2022 > Which strike? /national strike:2022-12-21-ambulance, /national strike:2022-12-rcn
            what was the total across england for the nurses strike > Which strike? /national strike:2023-05-rcn, /national strike:2023-02-rcn, /national strike:2023-01-rcn, /national strike:2022-12-rcn
            how many were cancelled in england during the consultants strike in august > /national strike:2023-08-consultants
            national cancellations for all strikes > /national strike:all
            england all strikes > /national strike:all
            how many staff were absent in england in april 2023 > /staff trust:ENG strike:2023-04-junior-doctors
            how many staff were off nationally during the december nurses strike > /staff trust:ENG strike:2022-12-rcn
            chart of staff absent at lister > /chart trust:RWH metric:staff
            chart for lister > /chart trust:RWH
            graph of cancellations at addenbrookes > /chart trust:RGT
            outpatient chart for guys > /chart trust:RJ1 metric:outpatient
            chart of inpatient cancellations at GOSH > /chart trust:RP4 metric:inpatient
            show me a graph for england > /chart trust:ENG
            when was the nurses strike > /strikes group:nurses
            when are the junior doctors striking next > /strikes group:"junior doctors"
            what are the dates of the consultants strikes > /strikes group:consultants
            strike calendar > /strikes
            when were the ambulance strikes > /strikes group:ambulance
            when did the physios strike > /strikes group:physios
            help > /help
            what can you do > not understood
            hello > not understood
            what's the weather like > not understood
            thanks > not understood
            cancellations at kings > Which trust? /cancellations trust:RJZ, /cancellations trust:RK5, /cancellations trust:RAX, /cancellations trust:RCX, /cancellations trust:RMY
            cancellations at king's lynn > Which trust? /cancellations trust:RCX, /cancellations trust:RMY
            cancellations at kings college hospital > /cancellations trust:RJZ
            cancellations at herts > Which trust? /cancellations trust:RY4, /cancellations trust:RWR, /cancellations trust:RWH, /cancellations trust:RWG
            cancellations at hertfordshire > Which trust? /cancellations trust:RY4, /cancellations trust:RWR, /cancellations trust:RWH, /cancellations trust:RWG
            nurses strike at guys > /cancellations trust:RJ1 strike:2022-12-rcn
            London Ambulance Service cancellations > /cancellations trust:RRU
            cancellations at NHS Tayside > /cancellations trust:tayside
            staff absent at glasgow royal infirmary > Which trust? /staff trust:RTD, /staff trust:RK9, /staff trust:RTX, /staff trust:RRF, /staff trust:RAE
            cancellations in cardiff > /cancellations trust:cardiff
            cancellations at lister, addenbrookes and guys > Two at a time
            compare lister, addenbrookes and guys > Two at a time
            cancellations in april > /national strike:2023-04-junior-doctors
            cancellations in december > Which strike? /national strike:2023-12-junior-doctors, /national strike:2022-12-21-ambulance, /national strike:2022-12-rcn
            how many cancellations in may 2023 > /national strike:2023-05-rcn
            quote for GOSH december 2022 > /quote trust:RP4 strike:2022-12-rcn
            how many were cancelled in the most recent strike at lister > /cancellations trust:RWH strike:latest
            latest figures for lister > /cancellations trust:RWH strike:latest
            cancellations at lister in the last strike > /cancellations trust:RWH strike:latest
            cancellations at lister for all strikes > /cancellations trust:RWH strike:all
            lister all strikes > /cancellations trust:RWH strike:all
            cancellations at lister on 12/04/2023 > /cancellations trust:RWH strike:2023-04-junior-doctors
            cancellations at lister on 12 april 2023 > /cancellations trust:RWH strike:2023-04-junior-doctors
            cancellations at lister 11-14 april 2023 > /cancellations trust:RWH strike:2023-04-junior-doctors
            cancellations at lister 11th to 14th april > /cancellations trust:RWH strike:2023-04-junior-doctors
            cancellations at lister 2023-04-junior-doctors > /cancellations trust:RWH strike:2023-04-junior-doctors
            cancellations at lister 2023-04-12 > /cancellations trust:RWH strike:2023-04-junior-doctors
            how many doctors were off at lister > /staff trust:RWH strike:2023-04-junior-doctors
            cancellations at lister in march 2021 > /cancellations trust:RWH strike:"march 2021"
            cancellations at lister in 2030 > /cancellations trust:RWH strike:2030
            how did the lister do in may 2023 > /cancellations trust:RWH strike:2023-05-rcn
            cancellations at the lister in the ambulance strike > Which strike? /cancellations trust:RWH strike:2023-02-20-ambulance, /cancellations trust:RWH strike:2023-02-17-ambulance, /cancellations trust:RWH strike:2023-02-10-ambulance, /cancellations trust:RWH strike:2023-01-24-ambulance, /cancellations trust:RWH strike:2023-01-23-ambulance
            how many appointmnts were cancelld at lister > /cancellations trust:RWH
            how many apointments were canceled at lister > /cancellations trust:RWH
            cancelations at lister > /cancellations trust:RWH
            reschedulled ops at lister > /cancellations trust:RWH
            cancellations at addenbrokes > Which trust? /cancellations trust:RGT
            cancelations at adenbrookes in april > Which trust? /cancellations trust:RGT strike:april
            cancellations at listr > Which trust? /cancellations trust:RWH
            staff absent at gosh > /staff trust:RP4
            how many were cancelled at great ormond street in december > /cancellations trust:RP4 strike:2022-12-rcn
            cancellations at the jr > /cancellations trust:RTH
            cancellations at jimmy's > /cancellations trust:RR8
            staff absent at LTHT > /staff trust:RR8
            how many ops were cancelled at leeds > Which trust? /cancellations trust:RR8, /cancellations trust:RY6, /cancellations trust:RGD
            how many ops were cancelled at leeds teaching hospitals > /cancellations trust:RR8
            cancellations at UHCW > /cancellations trust:RKB
            cancellations at walsgrave > /cancellations trust:RKB
            cancellations at the royal free > /cancellations trust:RAL
            cancellations at royal free london > /cancellations trust:RAL
            cancellations at the royal > Which trust? /cancellations trust:RHW, /cancellations trust:REF, /cancellations trust:RGM, /cancellations trust:RPY, /cancellations trust:RRJ
            cancellations at queen elizabeth hospital > Which trust? /cancellations trust:RR7, /cancellations trust:RJ2, /cancellations trust:RCX, /cancellations trust:RVV, /cancellations trust:RRK
            cancellations at QEH kings lynn > /cancellations trust:RCX
            cancellations at st thomas > /cancellations trust:RJ1
            cancellations at barts > /cancellations trust:R1H
            cancellations at UCLH > /cancellations trust:RRV
            cancellations at manchester > /cancellations trust:R0A
            cancellations at MFT > /cancellations trust:R0A
            cancellations at oxford > Which trust? /cancellations trust:RNU, /cancellations trust:RTH
            cancellations at OUH in april > /cancellations trust:RTH strike:2023-04-junior-doctors
            how many cancellations at nottingham > /cancellations trust:RX1
            cancellations at NUH > /cancellations trust:RX1
            cancellations at the christie > /cancellations trust:RBV
            cancellations at alder hey > /cancellations trust:RBS
            cancellations at moorfields > /cancellations trust:RP6
            cancellations at papworth > /cancellations trust:RGM
            cancellations at whittington > /cancellations trust:RKE
            cancellations in london > /cancellations trust:Y56
            staff absent in london > /staff trust:Y56
            cancellations in the midlands in december 2022 > Which strike? /cancellations trust:Y60 strike:2022-12-21-ambulance, /cancellations trust:Y60 strike:2022-12-rcn
            top trusts in the south east > /top region:Y59
            A&E at lister > /cancellations trust:RWH
            lister > /cancellations trust:RWH
            ENHT > /cancellations trust:RWH
            RWH > /cancellations trust:RWH
            what about addenbrookes in december? > /cancellations trust:RGT strike:2022-12-rcn
            and guys? > /cancellations trust:RJ1
            how many nurses were striking > Which strike? /staff trust:ENG strike:2023-05-rcn, /staff trust:ENG strike:2023-02-rcn, /staff trust:ENG strike:2023-01-rcn, /staff trust:ENG strike:2022-12-rcn
            how many consultants were absent in july > /staff trust:ENG strike:2023-07-consultants
            staff absent during the july consultants strike > /staff trust:ENG strike:2023-07-consultants
            how many were off during the physios strike in february > /staff trust:ENG strike:2023-02-09-physio
            ambulance strike 21 december > /national strike:2022-12-21-ambulance
            cancellations during the 2022-12-rcn strike > /national strike:2022-12-rcn
            how bad was the nurses strike at lister > Which strike? /cancellations trust:RWH strike:2023-05-rcn, /cancellations trust:RWH strike:2023-02-rcn, /cancellations trust:RWH strike:2023-01-rcn, /cancellations trust:RWH strike:2022-12-rcn
            what happened at lister in april > /cancellations trust:RWH strike:2023-04-junior-doctors
            figures for lister > /cancellations trust:RWH
            lister figures please > /cancellations trust:RWH
            numbers for the lister > /cancellations trust:RWH
            show me lister > /cancellations trust:RWH
            tell me about GOSH > /cancellations trust:RP4
            give me the figures for guys in december 2022 please > /cancellations trust:RJ1 strike:2022-12-rcn
            can you tell me how many appointments were cancelled at addenbrookes during the nurses strike? > /cancellations trust:RGT strike:2022-12-rcn
            pls how many ops cancelled @ lister apr 23 > /cancellations trust:RWH strike:"apr 23"
            How Many Appointments Were Cancelled At Lister In April 2023? > /cancellations trust:RWH strike:2023-04-junior-doctors
            HOW MANY APPOINTMENTS WERE CANCELLED AT LISTER > /cancellations trust:RWH
            how many appointments were cancelled at lister in april 2023?? > /cancellations trust:RWH strike:2023-04-junior-doctors
            how many appointments were cancelled at lister in april 2023 thanks > /cancellations trust:RWH strike:2023-04-junior-doctors
            hey, how many appointments were cancelled at lister in april? > /cancellations trust:RWH strike:2023-04-junior-doctors
            lister april > /cancellations trust:RWH strike:2023-04-junior-doctors
            lister 2023 > /cancellations trust:RWH strike:2023-04-junior-doctors
            lister junior doctors > /cancellations trust:RWH strike:2023-04-junior-doctors
            lister nurses > Which strike? /cancellations trust:RWH strike:2023-05-rcn, /cancellations trust:RWH strike:2023-02-rcn, /cancellations trust:RWH strike:2023-01-rcn, /cancellations trust:RWH strike:2022-12-rcn
            guys nurses > /cancellations trust:RJ1 strike:2022-12-rcn
            guys december > /cancellations trust:RJ1 strike:2022-12-rcn
            addenbrookes june 2023 > /cancellations trust:RGT strike:2023-06-junior-doctors
            compare guys and kings > Which trust? /compare trust:RJ1 other:RJZ, /compare trust:RJ1 other:RK5, /compare trust:RJ1 other:RAX, /compare trust:RJ1 other:RCX, /compare trust:RJ1 other:RMY
            compare lister and the jr > /compare trust:RWH other:RTH
            compare england and lister > /compare trust:ENG other:RWH
            which trust was worst hit, lister or addenbrookes > /compare trust:RWH other:RGT
            staff absent at guys and addenbrookes > /compare trust:RJ1 other:RGT
            quote for lister and guys > Which trust? /quote trust:RWH, /quote trust:RJ1
            chart comparing lister and guys > Which trust? /chart trust:RWH, /chart trust:RJ1
            top 3 trusts > /top limit:3
            worst hit trusts > /top
            which trusts had figures in april 2023 > /top strike:2023-04-junior-doctors
            how many trusts were hit in december > /top strike:2022-12-rcn
            how many appointments were cancelled at lister hospital in april 2023 > /cancellations trust:RWH strike:2023-04-junior-doctors
            what was the impact at lister in april > /cancellations trust:RWH strike:2023-04-junior-doctors
            how many patients had appointments cancelled at the lister in april > /cancellations trust:RWH strike:2023-04-junior-doctors
            how many procedures were rescheduled at lister in april 2023? > /cancellations trust:RWH strike:2023-04-junior-doctors
            how many outpatient appointments were cancelled at lister in april > /cancellations trust:RWH strike:2023-04-junior-doctors
            cancellations at lister during the junior doctors' strike in april > /cancellations trust:RWH strike:2023-04-junior-doctors
            cancellations at lister during the jd strike in april > /cancellations trust:RWH strike:2023-04-junior-doctors
            cancellations at lister during the BMA strike in april 2023 > /cancellations trust:RWH strike:2023-04-junior-doctors
            cancellations at lister 12th april > /cancellations trust:RWH strike:2023-04-junior-doctors
            cancellations at lister april 12 > /cancellations trust:RWH strike:2023-04-junior-doctors
            ENHT cancellations april 2023? > /cancellations trust:RWH strike:2023-04-junior-doctors
            enht april? > /cancellations trust:RWH strike:2023-04-junior-doctors
            staff absent at enht? > /staff trust:RWH
            staff off at east and north hertfordshire nhs trust in april > /staff trust:RWH strike:2023-04-junior-doctors
            how many medics were absent at lister > /staff trust:RWH
            how many nurses were off sick at guys in december > /staff trust:RJ1 strike:2022-12-rcn
            staff absent at GSTT in the RCN strike > /staff trust:RJ1 strike:2022-12-rcn
            how many staff were absent at great ormond street during the nurses strike > /staff trust:RP4 strike:2022-12-rcn
            compare CUH and GSTT in december 2022 > /compare trust:RGT other:RJ1 strike:2022-12-rcn
            compare cambridge and guys during the nurses' strike > /compare trust:RGT other:RJ1 strike:2022-12-rcn
            addenbrookes compared with guys in the december strike > /compare trust:RGT other:RJ1 strike:2022-12-rcn
            how does lister compare to the national picture in april > /compare trust:RWH other:ENG strike:2023-04-junior-doctors
            which trusts in the east of england were worst hit in december 2022 > /top strike:2022-12-rcn region:Y61
            top 3 trusts in the midlands for the nurses strike > /top strike:2022-12-rcn region:Y60 limit:3
            top 20 trusts in december 2022 > /top strike:2022-12-rcn limit:20
            quote for addenbrookes in the nurses strike > /quote trust:RGT strike:2022-12-rcn
            give me a quotable line on guys in december 2022 > /quote trust:RJ1 strike:2022-12-rcn
            can you give me a sentence for GOSH > /quote trust:RP4
            chart of staff absent in england > /chart trust:ENG metric:staff
            graph of staff off at guys > /chart trust:RJ1 metric:staff
            when is the next strike > /strikes
            when did the rcn strike > /strikes group:rcn
            what dates were the junior doctors strikes > /strikes group:"junior doctors"
            calendar of strikes > /strikes
            """)
    void reads(String question, String expected) {
        assertThat(shown(reader.read(question))).isEqualTo(expected);
    }
}
