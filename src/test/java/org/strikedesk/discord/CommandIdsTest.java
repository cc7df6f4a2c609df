package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.strikedesk.replies.Inline;

/** Which ids link the commands in a reply: the server's own commands', else the global ones', else none. */
class CommandIdsTest {
    private static final String NEWSROOM = "1300000000000000200";
    private static final String FEATURES = "1300000000000000500";
    private static final String TEXT = Inline.command("national");

    @DisplayName("A server with commands of its own links them; another server, and a direct message, the global ones")
    @Test
    void scopes() {
        CommandIds ids = new CommandIds();
        ids.global(Map.of("national", "1300000000000000901"));
        ids.guild(NEWSROOM, Map.of("national", "1300000000000000902"));

        assertThat(ids.in(Optional.of(NEWSROOM)).render(TEXT)).isEqualTo("</national:1300000000000000902>");
        assertThat(ids.in(Optional.of(FEATURES)).render(TEXT)).isEqualTo("</national:1300000000000000901>");
        assertThat(ids.in(Optional.empty()).render(TEXT)).isEqualTo("</national:1300000000000000901>");
    }

    @DisplayName("With neither, or after both were removed, commands are shown as /name")
    @Test
    void neither() {
        CommandIds ids = new CommandIds();

        assertThat(ids.in(Optional.of(NEWSROOM)).render(TEXT)).isEqualTo("/national");
        ids.global(Map.of("national", "1300000000000000901"));
        ids.guild(NEWSROOM, Map.of("national", "1300000000000000902"));
        ids.global(Map.of());
        ids.guild(NEWSROOM, Map.of());
        assertThat(ids.in(Optional.of(NEWSROOM)).render(TEXT)).isEqualTo("/national");
        assertThat(ids.in(Optional.empty()).render(TEXT)).isEqualTo("/national");
    }
}
