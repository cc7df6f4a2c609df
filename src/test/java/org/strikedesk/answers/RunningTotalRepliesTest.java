package org.strikedesk.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;

/**
 * NHS England's stated running totals beside the sums of published counts, from the shipped data. Expected figures
 * are worked from data/figures-england.csv and data/figures-england-cumulative.csv: the published England counts
 * add up to 756,739 by the July 2023 consultants' strike (NHS England: 764,370) and to 1,378,847 by the June/July 2024
 * junior doctors' strike (NHS England: 1,491,303, so 112,456 more).
 */
class RunningTotalRepliesTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static Reply ask(String command, Map<String, String> options) {
        return shipped.app().commands().handle(CommandRequest.of(command, options, Invoker.CONSOLE));
    }

    @DisplayName("/national strike:all puts NHS England's figure beside each stated total and explains the gap")
    @Test
    void everyStrike() {
        Reply reply = ask("national", Map.of("strike", "all"));
        Reply second = ask("national", Map.of("strike", "all", "page", "2"));

        assertThat(reply.text())
                .contains("\n11\u201314 April 2023, junior doctors' strike: 196,225 (running total 483,085; NHS"
                        + " England: 483,085)\n");
        assertThat(second.text())
                .contains("\n20\u201321 July 2023, consultants' strike: 65,557 (running total 756,739; NHS England:"
                        + " 764,370)\n")
                .startsWith("14\u201316 June 2023, junior doctors' strike: 106,120 (running total 589,205)\n")
                .endsWith("\n\nSum of the published counts: 1,432,942 across 25 strikes.\nNHS England's latest"
                        + " running total, after the junior doctors' strike of 27 June\u20131 July 2024, is 1,491,303."
                        + " The published counts up to that strike add up to 1,378,847, 112,456 fewer: no England"
                        + " count was published for the nurses' strike of 30 April\u20131 May 2023, the radiographers'"
                        + " strike of 25\u201326 July 2023 and the junior doctors' strike of 24\u201328 February 2024,"
                        + " and NHS England's total may include revisions made after the counts were published.");
        assertThat(reply.sources())
                .anySatisfy(source -> assertThat(source)
                        .contains("https://www.wired-gov.net/wg/news.nsf/articles/nhs+publishes+data+following+junior"
                                + "+doctors+strike+05072024111500?open"));
    }

    @DisplayName("/national for one strike gives NHS England's running total after it, with its source")
    @Test
    void oneStrike() {
        Reply reply = ask("national", Map.of("strike", "2023-07-consultants"));

        assertThat(reply.text()).endsWith("\nNHS England's running total after this strike: 764,370.");
        assertThat(reply.sources())
                .anySatisfy(source -> assertThat(source)
                        .contains("https://www.thecourier.co.uk/politics/4584052/more-than-67000-hospital-appointments"
                                + "-cancelled-due-to-strike-by-consultants/"));
    }

    @DisplayName("/national for a strike after which NHS England stated no total says nothing of one")
    @Test
    void noStatedTotal() {
        Reply reply = ask("national", Map.of("strike", "2023-03-junior-doctors"));

        assertThat(reply.text()).doesNotContain("running total");
    }

    @DisplayName("An England quote ends with NHS England's running total, said as NHS England's")
    @Test
    void quote() {
        Reply reply = ask("quote", Map.of("trust", "england", "strike", "2023-07-consultants"));

        assertThat(reply.plainText())
                .endsWith(", according to NHS England data. NHS England's own running total since the strikes began"
                        + " in December 2022 stood at 764,370 after this strike.");
    }

    @DisplayName("A trust's quote has no running total: NHS England states one for England only")
    @Test
    void trustQuote() {
        Reply reply = ask("quote", Map.of("trust", "ENHT"));

        assertThat(reply.plainText()).startsWith("During the").doesNotContain("running total");
    }
}
