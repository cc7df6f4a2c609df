package org.strikedesk.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.strikedesk.support.TidyCsv;

/**
 * Names newsrooms use, as the commands answer them: bodies outside England, initials several trusts share, and
 * trusts that have closed. Solent NHS Trust (closed 30 September 2024) is given synthetic figures here.
 */
class TrustNamesInRepliesTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    @BeforeAll
    static void synthetic() throws IOException {
        TidyCsv.citing("https://example.org/synthetic/solent")
                .row("2023-04-junior-doctors,R1C,,inpatient_rescheduled,120")
                .row("2023-04-junior-doctors,R1C,,outpatient_rescheduled,480")
                .importInto(shipped.app(), shipped.folder().resolve("synthetic-solent.csv"));
    }

    private static Reply ask(String line) {
        ConsoleParser.Parsed parsed = new ConsoleParser(shipped.app().commands()).parse(line, Invoker.CONSOLE);
        assertThat(parsed.problem()).isNull();
        return shipped.app().commands().handle(parsed.request());
    }

    @DisplayName("Each name gets the reply a sub-editor would want: out of scope, asked back, or closed and when")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /cancellations trust:NHS Tayside | Not in England | StrikeDesk covers NHS trusts in England; NHS Tayside is in Scotland.
            /quote trust:Belfast Trust | Not in England | StrikeDesk covers NHS trusts in England; Belfast Health and Social Care Trust is in Northern Ireland.
            /compare trust:ENHT other:Cardiff and Vale | Not in England | StrikeDesk covers NHS trusts in England; Cardiff and Vale University Health Board is in Wales.
            /trust trust:Velindre | Not in England | StrikeDesk covers NHS trusts in England; Velindre University NHS Trust is in Wales.
            /staff trust:scotland | Not in England | StrikeDesk covers NHS trusts in England, not in Scotland.
            /cancellations trust:QEH | Which trust? | "QEH" could mean:\\n\u2022 QEH (Queen Elizabeth Hospital, Gateshead): Gateshead Health NHS Foundation Trust (RR7)\\n\u2022 QEH (Queen Elizabeth Hospital, London): Lewisham and Greenwich NHS Trust (RJ2)\\n\u2022 QEH (The Queen Elizabeth Hospital, King's Lynn): The Queen Elizabeth Hospital, King's Lynn, NHS Foundation Trust (RCX)\\nUse the code to be sure, e.g. trust:RR7
            /cancellations trust:RY9 | No figures for Hounslow and Richmond Community Healthcare NHS Trust | StrikeDesk holds no figures for Hounslow and Richmond Community Healthcare NHS Trust (RY9), which closed on 31 October 2024. It has figures for England and 16 trusts; /top lists them, /national gives England's.
            /cancellations trust:Solent strike:2025-07-resident-doctors | No figures for this strike | No figures have been published for Solent NHS Trust in the resident doctors' strike of 25\u201329 July 2025: it closed on 30 September 2024, before the strike. Figures for it exist for:\\n\u2022 junior doctors' strike, 11\u201314 April 2023 (strike:2023-04-junior-doctors)
            """)
    void replies(String line, String title, String text) {
        Reply reply = ask(line);

        assertThat(reply.title()).isEqualTo(title);
        assertThat(reply.text()).isEqualTo(text.replace("\\n", "\n"));
    }

    @DisplayName("A closed trust's figures card says when it closed")
    @Test
    void closedTrustCard() {
        Reply reply = ask("/cancellations trust:Solent strike:april 2023");

        assertThat(reply.text()).contains("\nSolent NHS Trust closed on 30 September 2024.");
        assertThat(ask("/cancellations trust:ENHT").text()).doesNotContain("closed on");
    }
}
