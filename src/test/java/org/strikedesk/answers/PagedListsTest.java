package org.strikedesk.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.Pages;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;

/** Long lists page with buttons that carry the page, and come whole as a CSV file: nothing is cut unseen. */
class PagedListsTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static Reply ask(Map<String, String> options) {
        return shipped.app().commands().handle(CommandRequest.of("strikes", options, Invoker.CONSOLE));
    }

    @DisplayName("/strikes shows its first page, a Next button, and every strike in the attached CSV")
    @Test
    void firstPage() {
        int strikes = shipped.app().reference().calendar().all().size();
        int pages = (strikes + Pages.LINES - 1) / Pages.LINES;
        Reply reply = ask(Map.of());

        List<String> lines = reply.text().lines().toList();
        assertThat(lines).hasSize(Pages.LINES + 1);
        assertThat(lines.get(Pages.LINES)).isEqualTo("Page 1 of " + pages + "; the whole list is attached.");
        assertThat(reply.actions()).containsExactly(new Reply.Action("rerun:strikes::page=2", "Next"));
        String csv = new String(reply.attachments().get(0).content(), StandardCharsets.UTF_8);
        assertThat(csv.lines())
                .hasSize(strikes + 1)
                .first()
                .isEqualTo("strike_id,first_day,last_day,staff_group,unions,figures");
    }

    @DisplayName("Next answers the presser alone with the next page, with Previous and Next")
    @Test
    void nextPage() {
        Reply second = shipped.app().actions().press("rerun:strikes::page=2", Invoker.CONSOLE);

        assertThat(second.ephemeral()).isTrue();
        assertThat(second.text()).contains("Page 2 of ");
        assertThat(second.actions()).extracting(Reply.Action::label).startsWith("Previous");
        String firstOfSecond = second.text().lines().findFirst().orElseThrow();
        assertThat(firstOfSecond)
                .isEqualTo(ask(Map.of("page", "2")).text().lines().findFirst().orElseThrow())
                .isNotEqualTo(ask(Map.of()).text().lines().findFirst().orElseThrow());
    }
}
