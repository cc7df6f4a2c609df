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

    @DisplayName("By weight: the least recently used go until what is kept weighs no more than the capacity")
    @Test
    void weight() {
        KeptUntilChange<String, String> byLength = new KeptUntilChange<>(10, String::length);
        byLength.keep("a", 1, "aaaa");
        byLength.keep("b", 1, "bbbb");
        byLength.keep("c", 1, "cc");

        byLength.keep("d", 1, "ddd");

        // 4 + 4 + 2 + 3 = 13 > 10: "aaaa", used least recently, goes, leaving 9.
        assertThat(byLength.held("a", 1)).isEmpty();
        assertThat(byLength.held("b", 1)).contains("bbbb");
        assertThat(byLength.held("c", 1)).contains("cc");
        assertThat(byLength.held("d", 1)).contains("ddd");
    }

    @DisplayName("A value heavier than the whole capacity is not kept, and empties nothing")
    @Test
    void tooHeavy() {
        KeptUntilChange<String, String> byLength = new KeptUntilChange<>(10, String::length);
        byLength.keep("a", 1, "aaaa");

        byLength.keep("big", 1, "x".repeat(11));

        assertThat(byLength.held("big", 1)).isEmpty();
        assertThat(byLength.held("a", 1)).contains("aaaa");
    }
}
