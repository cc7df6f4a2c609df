package org.strikedesk.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
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

/**
 * Bad input to /story and /export gets the answers /cancellations gives for the same trust and strike (they share
 * its lookups), and an export that would be empty says why instead of sending an empty file.
 */
class StoryAndExportBadInputTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static Reply ask(String command, Map<String, String> options) {
        return shipped.app().commands().handle(CommandRequest.of(command, options, Invoker.CONSOLE));
    }

    private static Map<String, String> options(String... pairs) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                options.put(pairs[i], pairs[i + 1]);
            }
        }
        return options;
    }

    @DisplayName("A trust or strike with no figures, or unknown, gets /cancellations' answer from /story and /export")
    @ParameterizedTest(name = "{0}: trust:{1} strike:{2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            no such trust                    | qqqzzz       | -                      | No trust found
            a name several trusts share      | QEH          | -                      | Which trust?
            a body outside England           | NHS Tayside  | -                      | Not in England
            a trust with no figures          | RAS          | -                      | No figures for The Hillingdon Hospitals NHS Foundation Trust
            a region with no figures         | London       | -                      | No figures for London region
            a strike the trust has none for  | ENHT         | 2022-12-rcn            | No figures for this strike
            a strike no one has figures for  | ENHT         | 2025-11-resident-doctors | No figures for this strike
            no such strike                   | ENHT         | the big one            | No strike found
            a date outside the calendar      | ENHT         | 1 March 2019           | No strike found
            a day with no strike             | ENHT         | 1 March 2023           | No strike found
            """)
    void likeCancellations(String what, String trust, String strike, String title) {
        Map<String, String> options = options(Options.TRUST, trust, Options.STRIKE, strike);
        Reply cancellations = ask(CancellationsCommand.NAME, options);
        assertThat(cancellations.title()).as(what).isEqualTo(title);
        assertThat(cancellations.attachments()).isEmpty();

        // The same answer, but for a menu that picks for the command asked.
        assertThat(withoutMenus(ask(StoryCommand.NAME, options)))
                .as("/story: " + what)
                .isEqualTo(withoutMenus(cancellations));
        assertThat(withoutMenus(ask(ExportCommand.NAME, options)))
                .as("/export: " + what)
                .isEqualTo(withoutMenus(cancellations));
        Map<String, String> table = new HashMap<>(options);
        table.put(Options.FORMAT, ExportCommand.TABLE);
        Reply tableReply = ask(ExportCommand.NAME, table);
        if (!tableReply.title().equals("A table is of trusts")) {
            assertThat(withoutMenus(tableReply))
                    .as("/export format:table: " + what)
                    .isEqualTo(withoutMenus(cancellations));
        }
    }

    @DisplayName("/story of every strike at once asks for one strike, as /quote does")
    @Test
    void storyOfAll() {
        Map<String, String> options = options(Options.TRUST, "ENHT", Options.STRIKE, "all");

        assertThat(ask(StoryCommand.NAME, options)).isEqualTo(ask(QuoteCommand.NAME, options));
    }

    /** Expected texts: {@code <br>} stands for a line break. */
    @DisplayName("An export that would be empty says why and sends no file")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            a region's trusts in a strike without their figures | London | april 2023 | tidy | No trust in London has a published count of rescheduled appointments for the junior doctors' strike of 11\u201314 April 2023.<br>Trust figures in London exist for:<br>\u2022 nurses' strike, 15 and 20 December 2022 (strike:2022-12-rcn): 4 trusts
            a table of a region's trusts in that strike          | London | april 2023 | table | No trust in London has a published count of rescheduled appointments for the junior doctors' strike of 11\u201314 April 2023.<br>Trust figures in London exist for:<br>\u2022 nurses' strike, 15 and 20 December 2022 (strike:2022-12-rcn): 4 trusts
            a region whose trusts have no figures at all       | North West | -      | tidy  | No trust in the North West has published figures yet.
            every figure of a strike with none                  | -      | 2025-11-resident-doctors | tidy | No figures have been published for the resident doctors' strike of 14\u201318 November 2025. /strikes shows which strikes have figures.
            """)
    void emptyExport(String what, String region, String strike, String format, String text) {
        Reply reply = ask(
                ExportCommand.NAME, options(Options.REGION, region, Options.STRIKE, strike, Options.FORMAT, format));

        assertThat(reply.attachments()).as(what).isEmpty();
        assertThat(reply.tone()).isEqualTo(Reply.Tone.WARNING);
        assertThat(reply.title()).isEqualTo("Nothing to export");
        assertThat(reply.text()).isEqualTo(text.replace("<br>", "\n"));
    }

    @DisplayName("Options that cannot work together, or an unknown format, are named in an error")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            a trust outside the region named | ENHT    | London | -   | tidy   | Trust and region disagree | East and North Hertfordshire NHS Trust is not in the London region. Give trust: for one trust's figures, or region: for a region and its trusts.
            a table of every strike          | -       | -      | all | table  | One strike, please        | A table has a row per trust in one strike: give a strike id, latest, or words such as "april 2023". For every strike, use format:tidy.
            a table of England's own figures | england | -      | -   | table  | A table is of trusts      | A table has a row per trust: leave out trust: for every trust in England, or give region: for a region's trusts.
            an unknown format                | -       | -      | -   | pdf    | Which format?             | format: can be tidy or table, not "pdf".
            an unknown region                | -       | Narnia | -   | tidy   | No region found           | No NHS England region matches "Narnia". The regions are:
            """)
    void conflicts(String what, String trust, String region, String strike, String format, String title, String text) {
        Reply reply = ask(
                ExportCommand.NAME,
                options(Options.TRUST, trust, Options.REGION, region, Options.STRIKE, strike, Options.FORMAT, format));

        assertThat(reply.tone()).as(what).isEqualTo(Reply.Tone.ERROR);
        assertThat(reply.title()).isEqualTo(title);
        assertThat(reply.text()).startsWith(text);
        assertThat(reply.attachments()).isEmpty();
    }

    /** The reply as it reads, without its menus, whose ids name the command that answered. */
    private static Reply withoutMenus(Reply reply) {
        return new Reply(
                reply.tone(),
                reply.title(),
                reply.text(),
                reply.fields(),
                reply.sources(),
                reply.caveat(),
                reply.plainText(),
                reply.ephemeral(),
                reply.attachments(),
                reply.actions(),
                List.of(),
                reply.shown(),
                reply.preface());
    }
}
