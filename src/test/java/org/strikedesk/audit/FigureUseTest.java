package org.strikedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Metric;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.support.TestApplications;

/**
 * Every reply that shows figures is recorded: who asked, where, when, what, and exactly the figure values it showed.
 * The figures are the shipped ones for East and North Hertfordshire (RWH) in April 2023.
 */
class FigureUseTest {
    static final String GUILD = "1300000000000000200";
    static final String NEWS = "1300000000000000201";
    static final String APRIL = "2023-04-junior-doctors";
    static final Invoker REPORTER = new Invoker("1300000000000000301", "reporter", false, GUILD, NEWS);

    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forEachTest();

    private static Reply ask(String command, Map<String, String> options, Invoker invoker) {
        return shipped.app().commands().handle(CommandRequest.of(command, options, invoker));
    }

    private static ShownFigure rwh(Metric metric, long value) {
        return new ShownFigure(new Figure.Key(APRIL, "RWH", null, metric), value);
    }

    @DisplayName("/cancellations records who asked, where, when, what, and the trust's figures it showed, exactly")
    @Test
    void command() {
        ask("cancellations", Map.of("trust", "ENHT"), REPORTER);

        assertThat(shipped.app().audit().pulls().of("RWH", 10)).singleElement().satisfies(pull -> {
            assertThat(pull.who()).isEqualTo(new Who("1300000000000000301", "reporter", GUILD, NEWS));
            assertThat(pull.at()).isEqualTo(TestApplications.NOW);
            assertThat(pull.asked()).isEqualTo("/cancellations trust:ENHT");
            assertThat(pull.figures())
                    .containsExactlyInAnyOrder(
                            rwh(Metric.INPATIENT_RESCHEDULED, 170),
                            rwh(Metric.OUTPATIENT_RESCHEDULED, 2_077),
                            rwh(Metric.STAFF_ABSENT_MAX, 160),
                            rwh(Metric.STAFF_ABSENT_MIN, 141));
        });
        assertThat(shipped.app().audit().pulls().of("ENG", 10))
                .as("England's total, behind the share shown")
                .singleElement()
                .satisfies(pull -> assertThat(pull.figures())
                        .containsExactlyInAnyOrder(
                                new ShownFigure(
                                        new Figure.Key(APRIL, "ENG", null, Metric.INPATIENT_RESCHEDULED), 20_470),
                                new ShownFigure(
                                        new Figure.Key(APRIL, "ENG", null, Metric.OUTPATIENT_RESCHEDULED), 175_755)));
    }

    @DisplayName(
            "Replies that showed the same figures point at one stored set of them; each is still a pull of its own")
    @Test
    void sameFiguresStoredOnce() {
        ask("cancellations", Map.of("trust", "ENHT"), REPORTER);
        ask("cancellations", Map.of("trust", "Lister"), Invoker.console("Night editor"));
        ask("staff", Map.of("trust", "ENHT"), REPORTER);

        assertThat(shipped.app().audit().pulls().of("RWH", 10))
                .extracting(Pull::asked)
                .containsExactly("/staff trust:ENHT", "/cancellations trust:Lister", "/cancellations trust:ENHT");
        assertThat(count("SELECT count(*) FROM pulls")).isEqualTo(3);
        assertThat(count("SELECT count(DISTINCT figure_set) FROM pulls")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM figure_sets")).isEqualTo(2);
    }

    @DisplayName("A button that shows figures is recorded too; a reply without figures is not")
    @Test
    void buttonAndNoFigures() {
        shipped.app().actions().press("quote:RWH:" + APRIL, REPORTER);
        ask("trust", Map.of("trust", "ENHT"), REPORTER);
        ask("staff", Map.of("trust", "ENHT"), Invoker.console("Night editor"));

        assertThat(shipped.app().audit().pulls().of("RWH", 10))
                .extracting(Pull::asked)
                .containsExactly("/staff trust:ENHT", "button quote:RWH:" + APRIL);
        Pull staff = shipped.app().audit().pulls().of("RWH", 10).get(0);
        assertThat(staff.who().named()).isEqualTo("Night editor at the console");
        assertThat(staff.figures())
                .containsExactlyInAnyOrder(rwh(Metric.STAFF_ABSENT_MAX, 160), rwh(Metric.STAFF_ABSENT_MIN, 141));
    }

    @DisplayName("/usage shows an editor who pulled which figures; a reporter may not see it")
    @Test
    void usage() {
        ask("cancellations", Map.of("trust", "ENHT", "strike", "april 2023"), REPORTER);

        Reply usage = ask("usage", Map.of("trust", "Lister"), Invoker.console("Night editor"));
        Reply refused = ask("usage", Map.of("trust", "Lister"), REPORTER);

        assertThat(usage.title()).isEqualTo("Who used the figures for East and North Hertfordshire NHS Trust");
        assertThat(usage.text())
                .startsWith("\u2022 28 November 2026, 12:00: <@1300000000000000301> in <#" + NEWS
                        + ">, /cancellations trust:ENHT strike:\"april 2023\": ")
                .contains("inpatient and day case 170 (junior doctors' strike)")
                .contains("outpatient 2,077 (junior doctors' strike)");
        assertThat(refused.title()).isEqualTo("Not allowed");
    }

    @DisplayName("Records older than audit.keep are deleted; newer ones stay")
    @Test
    void forget() {
        ask("cancellations", Map.of("trust", "ENHT"), REPORTER);
        shipped.clock().advance(Duration.ofDays(100));
        ask("quote", Map.of("trust", "ENHT"), REPORTER);

        shipped.clock().advance(Duration.ofDays(81));
        int forgotten = shipped.app().audit().forget();

        assertThat(forgotten).isEqualTo(1);
        assertThat(shipped.app().audit().pulls().of("RWH", 10))
                .singleElement()
                .satisfies(pull -> assertThat(pull.asked()).isEqualTo("/quote trust:ENHT"));
        assertThat(count("SELECT count(*) FROM figure_sets"))
                .as("the set only the deleted pull showed goes with it")
                .isEqualTo(1);
    }

    @DisplayName("Figures asked for again after their set was deleted with its pulls are stored afresh")
    @Test
    void askedAgainAfterForgetting() {
        ask("cancellations", Map.of("trust", "ENHT"), REPORTER);
        shipped.app().audit().pulls().of("RWH", 10);
        shipped.clock().advance(Duration.ofDays(181));
        assertThat(shipped.app().audit().forget()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM figure_set_members")).isZero();

        ask("cancellations", Map.of("trust", "ENHT"), REPORTER);

        assertThat(shipped.app().audit().pulls().of("RWH", 10))
                .singleElement()
                .satisfies(pull -> assertThat(pull.figures()).contains(rwh(Metric.OUTPATIENT_RESCHEDULED, 2_077)));
    }

    private static int count(String sql) {
        return shipped.app().database().read(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }
}
