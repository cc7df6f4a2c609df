package org.strikedesk.replies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EllipsisTest {
    private static final String GRIN = "\ud83d\ude00";

    @DisplayName("Text that fits is kept as it is")
    @Test
    void fits() {
        assertThat(Ellipsis.shorten("Lister", 6)).isEqualTo("Lister");
    }

    @DisplayName("Text that does not fit keeps its start and ends with an ellipsis, within the length")
    @Test
    void shortened() {
        assertThat(Ellipsis.shorten("East and North Herts", 8)).isEqualTo("East an\u2026");
    }

    @DisplayName("An emoji at the cut is left out whole, never split into half a character")
    @Test
    void surrogatePairs() {
        String cut = Ellipsis.shorten("ab" + GRIN + GRIN, 4);

        assertThat(cut).isEqualTo("ab\u2026");
        assertThat(Ellipsis.shorten(GRIN.repeat(10), 8)).isEqualTo(GRIN.repeat(3) + "\u2026");
    }

    @DisplayName("No room at all gives empty text, not an ellipsis over the limit")
    @Test
    void noRoom() {
        assertThat(Ellipsis.shorten("anything", 0)).isEmpty();
        assertThat(Ellipsis.shorten("anything", 1)).isEqualTo("\u2026");
    }
}
