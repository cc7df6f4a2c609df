package org.strikedesk.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strikedesk.replies.Reply;

class RerunTest {
    private static final List<Reply.Option> OPTIONS = List.of(new Reply.Option("Lister", "", "RWH"));

    private static Reply asking(String option) {
        return Reply.builder(Reply.Tone.ERROR)
                .title("Which trust?")
                .menu(Rerun.menu(option, "Pick a trust", OPTIONS))
                .build();
    }

    @DisplayName("A bound menu's id names the command, the option it fills and the other options, and parses back")
    @Test
    void roundTrip() {
        CommandRequest request = CommandRequest.of(
                "compare",
                Map.of("trust", "lister", "other", "St George's & co=1", "strike", "april 2023"),
                Invoker.CONSOLE);

        Reply bound = Rerun.bind(asking("trust"), request);

        String id = bound.menus().get(0).id();
        assertThat(id).isEqualTo("rerun:compare:trust:other=St+George%27s+%26+co%3D1&strike=april+2023");
        CommandRequest again = Rerun.parse(id).orElseThrow().request("RWH", Invoker.CONSOLE);
        assertThat(again.command()).isEqualTo("compare");
        assertThat(again.options())
                .isEqualTo(Map.of("trust", "RWH", "other", "St George's & co=1", "strike", "april 2023"));
    }

    @DisplayName("A menu whose id would pass Discord's 100 characters is left out; the reply's own list remains")
    @Test
    void tooLong() {
        CommandRequest request =
                CommandRequest.of("cancellations", Map.of("trust", "x", "strike", "y".repeat(90)), Invoker.CONSOLE);

        assertThat(Rerun.bind(asking("trust"), request).menus()).isEmpty();
    }

    @DisplayName("Ids that are not reruns, or not bound, or malformed, name nothing")
    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "quote:RWH:2023-04-junior-doctors",
                "rerun:?:trust",
                "rerun:national",
                "rerun::x:",
                "rerun:national:strike:novalue",
                "rerun:national:strike:a=%zz"
            })
    void malformed(String id) {
        assertThat(Rerun.parse(id)).isEmpty();
    }
}
