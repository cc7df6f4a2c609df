package org.strikedesk.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @DisplayName("A source line names the publisher, says it reports NHS England data only where that is known")
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "https://martini.thecomet.net/news/1 | The Comet, reporting NHS England data:"
                        + " https://martini.thecomet.net/news/1",
                "https://www.england.nhs.uk/2023/05/data/ | NHS England: https://www.england.nhs.uk/2023/05/data/",
                "https://example.org/synthetic | example.org: https://example.org/synthetic",
                "https://www.leedsth.nhs.uk/news/1 | leedsth.nhs.uk: https://www.leedsth.nhs.uk/news/1",
                "https://www.bbc.co.uk/news/health-1 | BBC News: https://www.bbc.co.uk/news/health-1"
            })
    void line(String url, String line) {
        assertThat(Publishers.line(new Source(url, null))).isEqualTo(line);
    }

    @DisplayName("A quote is attributed to NHS England data only where every source is known to give it")
    @Test
    void attribution() {
        Source own = new Source("https://example.org/synthetic", null);

        assertThat(Publishers.attribution(List.of(COMET, NHS))).isEqualTo("according to NHS England data");
        assertThat(Publishers.attribution(List.of(own))).isEqualTo("according to figures published by example.org");
        assertThat(Publishers.attribution(List.of(COMET, own)))
                .isEqualTo("according to NHS England data and figures published by example.org");
        assertThat(Publishers.summary(List.of(COMET, own))).isEqualTo("NHS England data via The Comet; example.org");
        assertThat(Publishers.summary(List.of(own))).isEqualTo("example.org");
    }
}
