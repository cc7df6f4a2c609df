package org.strikedesk.replies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReplySizeTest {
    @DisplayName("A reply's size counts its files whole, its text at two bytes a character, and a share per part")
    @Test
    void approximateBytes() {
        Reply reply = Reply.builder(Reply.Tone.ANSWER)
                .title("T")
                .text("ab")
                .field("F", "v", false)
                .attachment(new Reply.Attachment("synthetic.csv", new byte[100], "d"))
                .action("quote:x", "Quote")
                .build();

        // 512 + 2 × (1 + 2) for the title and text; 64 + 2 × (1 + 1) for the field; 64 + 100 + 2 × 1 for the file;
        // 200 for the button: 518 + 68 + 166 + 200.
        assertThat(reply.approximateBytes()).isEqualTo(952);
    }
}
