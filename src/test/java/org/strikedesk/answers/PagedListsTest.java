package org.strikedesk.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.Pages;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.Region;

/** Long lists page with buttons that carry the page, and come whole as a CSV file: nothing is cut unseen. */
class PagedListsTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static Reply ask(String command, Map<String, String> options) {
        return shipped.app().commands().handle(CommandRequest.of(command, options, Invoker.CONSOLE));
    }

    private static Reply ask(Map<String, String> options) {
        return ask("strikes", options);
    }

    private static List<String> csv(Reply reply) {
        return new String(reply.attachments().get(0).content(), StandardCharsets.UTF_8)
                .lines()
                .toList();
    }

    /** Every page's lines, from the first page on, pressing Next until there is none. */
    private static List<Reply> pages(Reply first) {
        List<Reply> pages = new ArrayList<>(List.of(first));
        Optional<Reply.Action> next = next(first);
        while (next.isPresent() && pages.size() < 100) {
            Reply page = shipped.app().actions().press(next.get().id(), Invoker.CONSOLE);
            pages.add(page);
            next = next(page);
        }
        return pages;
    }

    private static Optional<Reply.Action> next(Reply reply) {
        return reply.actions().stream().filter(a -> a.label().equals("Next")).findFirst();
    }

    private static List<Organisation> openTrusts(java.util.function.Predicate<Region> in) {
        return shipped.app().reference().directory().trusts().stream()
                .filter(t -> in.test(t.region()) && t.closed() == null)
                .toList();
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
        assertThat(csv(reply))
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

    @DisplayName("/national strike:all pages its strikes, the sum under every page, every strike in the CSV")
    @Test
    void runningTotal() {
        int strikes = shipped.app().reference().calendar().all().size();
        int pageCount = (strikes + Pages.LINES - 1) / Pages.LINES;
        Reply first = ask("national", Map.of("strike", "all"));

        List<Reply> pages = pages(first);
        assertThat(pages).hasSize(pageCount);
        assertThat(first.actions()).extracting(Reply.Action::id).contains("rerun:national::page=2&strike=all");
        List<String> strikeLines = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String text = pages.get(i).text();
            assertThat(text)
                    .as("page %d", i + 1)
                    .contains("Page " + (i + 1) + " of " + pageCount + "; the whole list is attached.")
                    .contains("Sum of the published counts: ");
            text.lines().takeWhile(line -> !line.startsWith("Page ")).forEach(strikeLines::add);
        }
        assertThat(strikeLines).hasSize(strikes).doesNotHaveDuplicates();
        assertThat(csv(first))
                .hasSize(strikes + 1)
                .first()
                .isEqualTo("strike_id,first_day,last_day,strike,england_acute,partial,running_total,"
                        + "nhs_england_running_total");
    }

    @DisplayName("/trust england pages England's open trusts, every one in the CSV, with a menu of its regions")
    @Test
    void england() {
        List<Organisation> trusts = openTrusts(Region::inEngland);
        Reply first = ask("trust", Map.of("trust", "england"));

        assertThat(first.text()).startsWith(trusts.size() + " open trusts in the register:");
        List<String> listed = new ArrayList<>();
        for (Reply page : pages(first)) {
            page.text()
                    .lines()
                    .filter(line -> line.matches(".* \\([A-Z0-9]{3,5}\\)"))
                    .forEach(listed::add);
        }
        assertThat(listed)
                .containsExactlyElementsOf(trusts.stream()
                        .map(t -> t.name() + " (" + t.code() + ")")
                        .toList());
        assertThat(csv(first)).hasSize(trusts.size() + 1).first().isEqualTo("code,name,region,opened");
        assertThat(first.menus()).singleElement().satisfies(menu -> {
            assertThat(menu.id()).isEqualTo("rerun:trust:trust:");
            assertThat(menu.options())
                    .extracting(Reply.Option::value)
                    .containsExactly("Y56", "Y58", "Y59", "Y60", "Y61", "Y62", "Y63");
        });
    }

    @DisplayName("Picking a region from page 2 of /trust england lists that region's trusts from its first page")
    @Test
    void regionPick() {
        Reply second = ask("trust", Map.of("trust", "england", "page", "2"));
        String menu = second.menus().get(0).id();

        Reply london = shipped.app().actions().pick(menu, "Y56", Invoker.CONSOLE);

        List<Organisation> trusts = openTrusts(region -> region == Region.LONDON);
        assertThat(menu).isEqualTo("rerun:trust:trust:");
        assertThat(london.title()).isEqualTo("London region (Y56)");
        assertThat(london.text())
                .startsWith(trusts.size() + " open trusts in the register:\n"
                        + trusts.get(0).name())
                .contains("Page 1 of ");
        assertThat(london.menus()).isEmpty();
    }
}
