package org.strikedesk.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.Application;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.Options;
import org.strikedesk.config.StrikeDeskConfig;
import org.strikedesk.config.StyleConfig;
import org.strikedesk.figures.Strike;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.support.MessyFigures;
import org.strikedesk.support.TidyCsv;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.Region;

/**
 * Every number in every story traces to the store: for every organisation and strike with figures (every trust, England
 * and, in the messy data, a region), in the shipped data and in the shipped data with synthetic messy figures and a
 * revision on top, written with each house-style setting. See {@link StoryNumbers} for what traces.
 */
class StoryNumbersTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    @RegisterExtension
    static final AppOnShippedData messy = AppOnShippedData.forClass()
            .with(StrikeDeskConfig.DEFAULT.withStyle(new StyleConfig("cancelled", "per cent")));

    @BeforeAll
    static void synthetic() throws IOException {
        assertThat(MessyFigures.importInto(messy.app(), messy.folder()).rejected())
                .isFalse();
        assertThat(TidyCsv.citing("https://example.org/synthetic/messy-revised")
                        .row("2023-07-junior-doctors,RR8,2023-07-13,outpatient_rescheduled,310", "2023-08-01")
                        .row("2023-07-junior-doctors,Y63,,inpatient_rescheduled,2100", "2023-08-01")
                        .importInto(messy.app(), messy.folder().resolve("revision.csv"))
                        .counts()
                        .revised())
                .isEqualTo(2);
    }

    /** Each story's untraced numbers, by what it is about; empty when every number traces. */
    private static Map<String, List<String>> untracedInEveryStory(Application app) {
        StoryNumbers numbers = new StoryNumbers(app);
        Map<String, List<String>> untraced = new TreeMap<>();
        List<Map.Entry<String, String>> subjects = numbers.subjects();
        assertThat(subjects).as("stories to check").isNotEmpty();
        for (Map.Entry<String, String> subject : subjects) {
            Organisation org =
                    app.reference().directory().byCode(subject.getKey()).orElseThrow();
            Strike strike = app.reference().calendar().byId(subject.getValue()).orElseThrow();
            Reply reply = app.commands()
                    .handle(CommandRequest.of(
                            StoryCommand.NAME,
                            Map.of(Options.TRUST, org.code(), Options.STRIKE, strike.id()),
                            Invoker.CONSOLE));
            assertThat(reply.tone()).as(subject.toString()).isEqualTo(Reply.Tone.ANSWER);
            List<String> found = numbers.untraced(StoryCommandTest.draft(reply), org, strike);
            if (!found.isEmpty()) {
                untraced.put(org.code() + " " + strike.id(), found);
            }
        }
        return untraced;
    }

    @DisplayName("Shipped data: every number in the story of every trust and England in every strike traces")
    @Test
    void shipped() {
        StoryNumbers numbers = new StoryNumbers(shipped.app());
        assertThat(numbers.subjects())
                .as("every trust with figures and England")
                .extracting(Map.Entry::getKey)
                .contains("RWH", "RGT", "RX1", "RRJ", "ENG")
                .hasSizeGreaterThan(40);

        assertThat(untracedInEveryStory(shipped.app())).isEmpty();
    }

    @DisplayName("Messy and revised data, \"cancelled\" and \"per cent\": every number traces, no stale one")
    @Test
    void messy() {
        assertThat(new StoryNumbers(messy.app()).subjects())
                .extracting(Map.Entry::getKey)
                .contains("RR8", "Y63", "R1H", "RCB");

        assertThat(untracedInEveryStory(messy.app())).isEmpty();
    }

    @DisplayName(
            "Shipped data: each region, which has no figures of its own, gets /cancellations' answer, its count traced")
    @Test
    void regions() {
        Application app = shipped.app();
        long trustsWithFigures = new StoryNumbers(app)
                .subjects().stream()
                        .map(Map.Entry::getKey)
                        .distinct()
                        .filter(code -> app.reference()
                                .directory()
                                .byCode(code)
                                .map(Organisation::isTrust)
                                .orElse(false))
                        .count();
        for (Region region : Region.values()) {
            if (!region.inEngland()) {
                continue;
            }
            Map<String, String> options = Map.of(Options.TRUST, region.code());
            Reply story = app.commands().handle(CommandRequest.of(StoryCommand.NAME, options, Invoker.CONSOLE));
            Reply card = app.commands().handle(CommandRequest.of(CancellationsCommand.NAME, options, Invoker.CONSOLE));

            assertThat(story).as(region.displayName()).isEqualTo(card);
            assertThat(story.text())
                    .contains("StrikeDesk holds no figures for " + region.displayName() + " region (" + region.code()
                            + ") yet. It has figures for England and " + trustsWithFigures + " trusts");
        }
    }

    @DisplayName("The check can fail: an invented figure, share, rank, count, date or a stale value is caught")
    @Test
    void catches() {
        Application app = messy.app();
        StoryNumbers numbers = new StoryNumbers(app);
        Organisation leeds = app.reference().directory().byCode("RR8").orElseThrow();
        Strike july = app.reference().calendar().byId("2023-07-junior-doctors").orElseThrow();
        String draft = StoryCommandTest.draft(app.commands()
                .handle(CommandRequest.of(
                        StoryCommand.NAME, Map.of(Options.TRUST, "RR8", Options.STRIKE, july.id()), Invoker.CONSOLE)));
        assertThat(numbers.untraced(draft, leeds, july)).isEmpty();

        List<String> doctored = new ArrayList<>();
        for (String[] change : new String[][] {
            {"1,310 outpatient", "1,300 outpatient"},
            {"1.5 per cent", "1.6 per cent"},
            {"the higher of the two trusts in the North East", "the third highest of the two trusts in the North East"},
            {"the two trusts in the North East", "the three trusts in the North East"},
            {"peaked at 160 on 14 July 2023", "peaked at 160 on 12 July 2023"},
            {"revised from 300 to 310", "revised from 290 to 310"},
            {"Across the four strikes", "Across the five strikes"}
        }) {
            assertThat(draft).as(change[0]).contains(change[0]);
            doctored.add(String.join(" | ", numbers.untraced(draft.replace(change[0], change[1]), leeds, july)));
        }

        assertThat(doctored).allSatisfy(found -> assertThat(found).isNotEmpty());
    }
}
