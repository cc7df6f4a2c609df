package org.strikedesk.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.strikedesk.figures.Source;

class PublishersTest {
    private static final Source NHS = new Source("https://www.england.nhs.uk/2023/05/data/", null);
    private static final Source COMET = new Source("https://martini.thecomet.net/news/1", null);
    private static final Source ITV = new Source("https://itv.com/news/2", null);

    @DisplayName("Sources are summed up in one phrase for a chart: NHS England's own, via the press, or both")
    @Test
    void summary() {
        assertThat(Publishers.summary(List.of(NHS))).isEqualTo("NHS England");
        assertThat(Publishers.summary(List.of(COMET))).isEqualTo("NHS England data via The Comet");
        assertThat(Publishers.summary(List.of(COMET, ITV, COMET)))
                .isEqualTo("NHS England data via The Comet and ITV News");
        assertThat(Publishers.summary(List.of(NHS, ITV)))
                .isEqualTo("NHS England data, from NHS England and as reported by ITV News");
    }

    @DisplayName("A source line names the publisher, says whose data it reports and links it")
    @Test
    void line() {
        assertThat(Publishers.line(COMET))
                .isEqualTo("The Comet, reporting NHS England data: https://martini.thecomet.net/news/1");
    }
}
