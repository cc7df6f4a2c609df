package org.strikedesk.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeptUntilChangeTest {
    private final KeptUntilChange<String, String> kept = new KeptUntilChange<>(2);

    @DisplayName("A value is held at the generation it was made at, and a newer generation empties what is kept")
    @Test
    void generations() {
        kept.keep("ENHT", 1, "made at 1");

        assertThat(kept.held("ENHT", 1)).contains("made at 1");
        assertThat(kept.held("ENHT", 2)).isEmpty();
        assertThat(kept.held("ENHT", 1)).as("the older generation is gone too").isEmpty();
    }

    @DisplayName("What was made before a change is not kept after it, and does not empty what the change kept")
    @Test
    void madeBeforeAChange() {
        kept.keep("ENHT", 2, "made at 2");
        kept.keep("RJ1", 1, "made at 1, finished late");

        assertThat(kept.held("RJ1", 2)).isEmpty();
        assertThat(kept.held("ENHT", 2)).contains("made at 2");
    }

    @DisplayName("get() makes a value once per generation")
    @Test
    void get() {
        int[] made = {0};

        kept.get("ENHT", 1, () -> "made " + ++made[0]);
        String again = kept.get("ENHT", 1, () -> "made " + ++made[0]);
        String after = kept.get("ENHT", 2, () -> "made " + ++made[0]);

        assertThat(again).isEqualTo("made 1");
        assertThat(after).isEqualTo("made 2");
    }

    @DisplayName("When full, the value used least recently goes first")
    @Test
    void capacity() {
        kept.keep("ENHT", 1, "a");
        kept.keep("RJ1", 1, "b");
        assertThat(kept.held("ENHT", 1)).contains("a");

        kept.keep("RWH", 1, "c");

        assertThat(kept.held("RJ1", 1)).isEmpty();
        assertThat(kept.held("ENHT", 1)).contains("a");
        assertThat(kept.held("RWH", 1)).contains("c");
    }
}
