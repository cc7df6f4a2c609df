package org.strikedesk.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RankingTest {
    private static final Strike STRIKE = new Strike(
            "2023-04-junior-doctors",
            "Junior doctors",
            List.of("BMA"),
            LocalDate.of(2023, 4, 11),
            LocalDate.of(2023, 4, 14),
            List.of(LocalDate.of(2023, 4, 11)),
            "");

    private static StrikeFigures acute(String org, long value) {
        return new StrikeFigures(
                org,
                STRIKE,
                List.of(new Figure(
                        STRIKE.id(), org, null, Metric.ACUTE_RESCHEDULED, value, "https://example.org", null)));
    }

    private static StrikeFigures staffOnly(String org) {
        return new StrikeFigures(
                org,
                STRIKE,
                List.of(new Figure(STRIKE.id(), org, null, Metric.STAFF_ABSENT_MAX, 9, "https://example.org", null)));
    }

    @DisplayName("Largest first; equal totals share a rank and the next rank skips; no total, no place")
    @Test
    void ties() {
        List<Ranking.Place> places = Ranking.byAcuteTotal(
                List.of(acute("C", 50), acute("B", 100), staffOnly("X"), acute("A", 100), acute("D", 10)),
                Comparator.comparing(StrikeFigures::orgCode));

        assertThat(places)
                .extracting(p ->
                        p.rank() + " " + p.figures().orgCode() + " " + p.acute().value())
                .containsExactly("1 A 100", "1 B 100", "3 C 50", "4 D 10");
    }

    @DisplayName("Nothing to rank gives no places")
    @Test
    void empty() {
        assertThat(Ranking.byAcuteTotal(List.of(staffOnly("X")), Comparator.comparing(StrikeFigures::orgCode)))
                .isEmpty();
    }

    @DisplayName("A standing says the rank, how many share it, of how many; lowest only when last and not alone")
    @Test
    void standings() {
        List<Ranking.Place> places = Ranking.byAcuteTotal(
                List.of(acute("A", 100), acute("B", 100), acute("C", 50), acute("D", 10), acute("E", 10)),
                Comparator.comparing(StrikeFigures::orgCode));

        assertThat(Ranking.standing(places, "A")).contains(new Ranking.Standing(1, 2, 5));
        assertThat(Ranking.standing(places, "C")).contains(new Ranking.Standing(3, 1, 5));
        assertThat(Ranking.standing(places, "E")).contains(new Ranking.Standing(4, 2, 5));
        assertThat(Ranking.standing(places, "X")).isEmpty();
        assertThat(new Ranking.Standing(4, 2, 5).lowest()).isTrue();
        assertThat(new Ranking.Standing(3, 1, 5).lowest()).isFalse();
        assertThat(new Ranking.Standing(1, 2, 2).lowest())
                .as("all tied at the top")
                .isFalse();
        assertThat(new Ranking.Standing(1, 1, 1).alone()).isTrue();
    }
}
