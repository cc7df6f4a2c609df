package org.strikedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;

/**
 * A reply is noted in memory and written a moment later, apart from it; whatever reads the record in between sees the
 * note. The writer here gathers for a day, so the note is certainly not yet written when the record is read.
 */
class UnwrittenPullsTest {
    static final String GUILD = "1300000000000000200";
    static final Invoker DESK = new Invoker("1300000000000000302", "desk", false, GUILD, "1300000000000000201");

    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forEachTest();

    @DisplayName("A note not yet written is waiting; reading the record writes it first, once")
    @Test
    void readingWritesWhatWaits() {
        Reply reply = shipped.app()
                .commands()
                .handle(CommandRequest.of("staff", Map.of("trust", "ENHT"), Invoker.console("Night editor")));
        assertThat(shipped.app().audit().pulls().of("RWH", 10))
                .as("the app's own record of /staff")
                .hasSize(1);
        try (Pulls pulls = new Pulls(shipped.app().database(), shipped.clock(), Duration.ofDays(1))) {
            pulls.record(DESK, "/cancellations trust:ENHT", reply);

            assertThat(pulls.unwritten())
                    .singleElement()
                    .satisfies(note -> assertThat(note.asked()).isEqualTo("/cancellations trust:ENHT"));
            assertThat(pulls.of("RWH", 10))
                    .extracting(Pull::asked)
                    .containsExactly("/cancellations trust:ENHT", "/staff trust:ENHT");
            assertThat(pulls.unwritten()).isEmpty();
            assertThat(pulls.of("RWH", 10)).hasSize(2);
        }
    }

    @DisplayName("Closing writes the notes still waiting")
    @Test
    void closingWritesWhatWaits() {
        Reply reply = shipped.app()
                .commands()
                .handle(CommandRequest.of("staff", Map.of("trust", "ENHT"), Invoker.console("Night editor")));
        Pulls pulls = new Pulls(shipped.app().database(), shipped.clock(), Duration.ofDays(1));
        pulls.record(DESK, "/cancellations trust:ENHT", reply);

        pulls.close();

        assertThat(shipped.app().audit().pulls().of("RWH", 10))
                .extracting(Pull::asked)
                .contains("/cancellations trust:ENHT");
    }
}
