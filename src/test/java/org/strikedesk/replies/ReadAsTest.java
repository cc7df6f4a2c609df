package org.strikedesk.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikedesk.support.TestApplications;
import org.strikedesk.trusts.DirectoryStore;
import org.strikedesk.trusts.Resolution;
import org.strikedesk.trusts.TrustResolver;

class ReadAsTest {
    private static TrustResolver resolver;

    @BeforeAll
    static void loadTheShippedDirectory() {
        resolver = new TrustResolver(
                DirectoryStore.Names.read(TestApplications.SHIPPED_DATA).directory());
    }

    private static String line(String typed) {
        Resolution resolution = resolver.resolve(typed);
        assertThat(resolution).as(typed).isInstanceOf(Resolution.Found.class);
        return ReadAs.line(typed, ((Resolution.Found) resolution).match()).orElse("");
    }

    @DisplayName("A name that was not the trust's own says which trust it was read as, and how")
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "st thomas | Read \u201cst thomas\u201d as Guy's and St Thomas' NHS Foundation Trust (RJ1), by its"
                        + " hospital St Thomas'.",
                "guys | Read \u201cguys\u201d as Guy's and St Thomas' NHS Foundation Trust (RJ1), by its hospital Guy's"
                        + " Hospital.",
                "stafford | Read \u201cstafford\u201d as Midlands Partnership University NHS Foundation Trust (RRE), by"
                        + " its hospital St George's, Stafford.",
                "the LGI | Read \u201cthe LGI\u201d as Leeds Teaching Hospitals NHS Trust (RR8), by the initials LGI"
                        + " (Leeds General Infirmary, Leeds).",
                "LTHT | Read \u201cLTHT\u201d as Leeds Teaching Hospitals NHS Trust (RR8), by the initials LTHT.",
                "north herts | Read \u201cnorth herts\u201d as East and North Hertfordshire NHS Trust (RWH), by words of"
                        + " its name.",
                "wrightington wigan | Read \u201cwrightington wigan\u201d as Wrightington, Wigan and Leigh NHS Foundation"
                        + " Trust (RRF), by words of its name."
            })
    void readAs(String typed, String expected) {
        assertThat(line(typed)).isEqualTo(expected);
    }

    @DisplayName("A code, an official name or a newsroom's name says nothing")
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"RWH", "ENHT", "East and North Hertfordshire NHS Trust", "Lister", "england", "london", "london region"
    })
    void outright(String typed) {
        assertThat(line(typed)).isEmpty();
    }

    @DisplayName("The lines go under the reply's text, which stays as it was above them; none leave the reply as it is")
    @Test
    void noted() {
        Reply card = Reply.builder(Reply.Tone.ANSWER)
                .title("T")
                .text("**2,247** rescheduled")
                .build();
        Reply quote = Reply.builder(Reply.Tone.ANSWER).plainText("A sentence.").build();

        assertThat(ReadAs.noted(card, List.of("Read one.", "Read two.")).text())
                .isEqualTo("**2,247** rescheduled\nRead one.\nRead two.");
        assertThat(ReadAs.noted(quote, List.of("Read one."))).satisfies(noted -> {
            assertThat(noted.plainText()).isEqualTo("A sentence.");
            assertThat(noted.text()).isEqualTo("Read one.");
        });
        assertThat(ReadAs.noted(card, List.of())).isSameAs(card);
    }
}
