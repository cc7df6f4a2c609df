package org.strikedesk.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.commands.Choice;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Completion;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.OptionSpec;
import org.strikedesk.commands.Options;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;

/** {@code /chart} from the shipped data: an embed-style reply with the PNG attached, or a warning. */
class ChartCommandTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    static Reply chart(Map<String, String> options) {
        return shipped.app().commands().handle(CommandRequest.of(ChartCommand.NAME, options, Invoker.CONSOLE));
    }

    @DisplayName("/chart trust:ENHT attaches a 1000 by 560 PNG of the acute total, named for the trust and measure")
    @Test
    void enht() throws IOException {
        Reply reply = chart(Map.of(Options.TRUST, "ENHT"));

        assertThat(reply.tone()).isEqualTo(Reply.Tone.ANSWER);
        assertThat(reply.title())
                .isEqualTo("East and North Hertfordshire NHS Trust: appointments and procedures rescheduled, by"
                        + " strike");
        assertThat(reply.text())
                .isEqualTo("One strike has a published figure: 2,247 in the junior doctors' strike of 11\u201314 April"
                        + " 2023.");
        Reply.Attachment png = reply.attachments().get(0);
        assertThat(png.fileName()).isEqualTo("strikedesk-RWH-acute.png");
        assertThat(png.description()).contains("Apr 2023 JD: 2,247");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.content()));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(560);
        assertThat(reply.sources()).singleElement().asString().startsWith("The Comet, reporting NHS England data");
        assertThat(reply.caveat()).contains("rescheduled");
    }

    @DisplayName("metric:staff charts the peak day; the description carries the values for screen readers")
    @Test
    void staff() {
        Reply reply = chart(Map.of(Options.TRUST, "england", Options.METRIC, "staff"));

        assertThat(reply.attachments()).singleElement().satisfies(png -> {
            assertThat(png.fileName()).isEqualTo("strikedesk-ENG-staff.png");
            assertThat(png.description()).contains("Apr 2023 JD: 27,361", "Dec 2022 nurses*: 9,999");
        });
        assertThat(reply.text())
                .startsWith("Nine strikes have a published figure; strikes without one are left out. The highest was"
                        + " 27,361 in the junior doctors' strike of 11\u201314 April 2023.")
                .endsWith(" * Partial: Dec 2022 nurses (no figure was published for 20 December).");
        assertThat(reply.caveat()).contains("staff-days, not people");
    }

    @DisplayName("A measure never published for the trust is a warning that names the measures that are")
    @Test
    void nothingToChart() {
        Reply reply = chart(Map.of(Options.TRUST, "GSTT", Options.METRIC, "staff"));

        assertThat(reply.tone()).isEqualTo(Reply.Tone.WARNING);
        assertThat(reply.attachments()).isEmpty();
        assertThat(reply.text())
                .contains("No figures for staff absent on the peak day have been published for Guy's and St Thomas'")
                .contains("metric:acute", "metric:inpatient", "metric:outpatient");
    }

    @DisplayName("An unknown measure is an error; a trust with no figures is a warning, not a blank chart")
    @Test
    void mistakes() {
        Reply unknown = chart(Map.of(Options.TRUST, "ENHT", Options.METRIC, "pie"));
        assertThat(unknown.tone()).isEqualTo(Reply.Tone.ERROR);
        assertThat(unknown.text()).contains("acute, inpatient, outpatient, staff");

        Reply none = chart(Map.of(Options.TRUST, "York"));
        assertThat(none.tone()).isEqualTo(Reply.Tone.WARNING);
        assertThat(none.attachments()).isEmpty();
    }

    @DisplayName("The command is acknowledged before it is answered, and its measures are fixed choices")
    @Test
    void spec() {
        CommandSpec spec = shipped.app().commands().spec(ChartCommand.NAME).orElseThrow();

        assertThat(spec.mayBeSlow()).isTrue();
        OptionSpec metric = spec.option(Options.METRIC).orElseThrow();
        assertThat(metric.completion()).isEqualTo(Completion.NONE);
        assertThat(metric.choices())
                .extracting(Choice::value)
                .containsExactly("acute", "inpatient", "outpatient", "staff");
    }
}
