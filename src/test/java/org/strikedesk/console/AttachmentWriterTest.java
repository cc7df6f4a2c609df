package org.strikedesk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.replies.Reply;

class AttachmentWriterTest {
    @TempDir
    Path folder;

    private static Reply withFile(String name, byte[] content) {
        return Reply.builder(Reply.Tone.ANSWER)
                .title("A chart")
                .attachment(new Reply.Attachment(name, content, "a chart"))
                .build();
    }

    @DisplayName("A chart is written to the folder, created if missing, and the console says where")
    @Test
    void writes() throws IOException {
        Path out = folder.resolve("charts");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};

        String text = TextRenderer.render(withFile("strikedesk-RWH-acute.png", png), new AttachmentWriter(out));

        Path file = out.resolve("strikedesk-RWH-acute.png").toAbsolutePath();
        assertThat(file).hasBinaryContent(png);
        assertThat(text).contains("Chart written to " + file + "\n").doesNotContain("Attachment:");
    }

    @DisplayName("An attachment's name cannot lead outside the folder")
    @Test
    void staysInFolder() {
        new AttachmentWriter(folder).write(withFile("../../escape.png", new byte[] {1}));

        assertThat(folder.resolve("escape.png")).exists();
        assertThat(folder.getParent().resolve("escape.png")).doesNotExist();
        assertThat(AttachmentWriter.safeName("a/b\\c d.png")).isEqualTo("a-b-c-d.png");
        assertThat(AttachmentWriter.safeName("..")).isEqualTo("attachment");
    }

    @DisplayName("A folder that cannot be written is said, not thrown")
    @Test
    void unwritable() throws IOException {
        Path blocked = Files.writeString(folder.resolve("not-a-folder"), "x");

        assertThat(new AttachmentWriter(blocked).write(withFile("c.png", new byte[] {1})))
                .singleElement()
                .asString()
                .startsWith("Chart could not be written to ");
    }

    @DisplayName("Without a folder, attachments are named; buttons are listed with their ids")
    @Test
    void namedOnly() {
        Reply reply = withFile("c.png", new byte[] {1}).toBuilder()
                .action("chart:RWH:acute", "Chart")
                .build();

        assertThat(TextRenderer.render(reply)).contains("Attachment: c.png\n", "Buttons: Chart (chart:RWH:acute)\n");
    }

    @DisplayName("Where no folder was asked for, a story's text is printed in full and a chart still written")
    @Test
    void printsText() {
        String draft = "Headline\n\nStandfirst.\n";
        Reply reply = withFile("strikedesk-RWH-acute.png", new byte[] {1}).toBuilder()
                .attachment(new Reply.Attachment(
                        "strikedesk-story-RWH-2023-04-junior-doctors.txt",
                        draft.getBytes(StandardCharsets.UTF_8),
                        "Draft story"))
                .build();

        List<String> lines = AttachmentWriter.printingText(folder).write(reply);

        assertThat(lines)
                .containsExactly(
                        "Chart written to "
                                + folder.resolve("strikedesk-RWH-acute.png").toAbsolutePath(),
                        "\nHeadline\n\nStandfirst.");
        assertThat(folder.resolve("strikedesk-story-RWH-2023-04-junior-doctors.txt"))
                .doesNotExist();
        assertThat(new AttachmentWriter(folder).write(reply)).last().asString().startsWith("File written to ");
        assertThat(folder.resolve("strikedesk-story-RWH-2023-04-junior-doctors.txt"))
                .hasContent(draft);
    }
}
