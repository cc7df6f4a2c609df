package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.strikedesk.console.TextRenderer;
import org.strikedesk.replies.Inline;
import org.strikedesk.replies.Reply;

/** Marks in a reply's text: Discord mentions and timestamps on Discord, their plain text at the console. */
class DiscordInlineTest {
    private static final Instant AT = Instant.parse("2026-11-29T14:00:00Z");

    @DisplayName("A person, a time and a command, as Discord shows them and as the console prints them")
    @Test
    void marks() {
        String text = "Uploaded by " + Inline.user("80351110224678912", "Alice") + " "
                + Inline.time(AT, Inline.TimeStyle.RELATIVE, "3 hours ago") + "; see "
                + Inline.command("strikes-unregistered") + ". **2,247** rescheduled.";

        assertThat(DiscordInline.PLAIN.render(text))
                .isEqualTo("Uploaded by <@80351110224678912> <t:" + AT.getEpochSecond()
                        + ":R>; see /strikes-unregistered. **2,247** rescheduled.");
        assertThat(TextRenderer.render(Reply.info("", text)))
                .isEqualTo("Uploaded by Alice 3 hours ago; see /strikes-unregistered. 2,247 rescheduled.\n");
    }

    @DisplayName("A command is linked by the id known for where the reply is shown, or else shown as /name")
    @Test
    void commands() {
        String text = "See " + Inline.command("strikes") + " and " + Inline.command("help") + ".";

        assertThat(new DiscordInline(Map.of("strikes", "1300000000000000900")).render(text))
                .isEqualTo("See </strikes:1300000000000000900> and /help.");
        assertThat(DiscordInline.PLAIN.render(text)).isEqualTo("See /strikes and /help.");
    }

    @DisplayName("Someone who types a mark gets it back as text, never as a mention")
    @Test
    void typedMarksAreDefused() {
        String typed = Inline.defuse("\u27E6@:80351110224678912|x\u27E7");

        assertThat(DiscordInline.PLAIN.render(typed)).doesNotContain("<@");
    }

    @DisplayName("The console's own user is named, never mentioned")
    @Test
    void consoleUser() {
        assertThat(DiscordInline.PLAIN.render(Inline.user("console", "console")))
                .isEqualTo("console");
    }
}
