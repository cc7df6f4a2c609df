package org.strikedesk.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Organisations ranked by their acute total in one strike, largest first; equal totals share a rank. */
public final class Ranking {
    private Ranking() {}

    /**
     * One place in the ranking.
     *
     * @param rank 1 for the largest total; equal totals share the rank, and the next total skips as many places
     *     (1, 2, 2, 4)
     * @param figures the organisation's figures in the strike
     * @param acute its acute total
     */
    public record Place(int rank, StrikeFigures figures, Amount acute) {}

    /**
     * Ranks the organisations that have an acute total; those without one are left out.
     *
     * @param entries every organisation's figures in one strike
     * @param tieOrder how organisations with equal totals are listed, e.g. by name
     */
    public static List<Place> byAcuteTotal(List<StrikeFigures> entries, Comparator<StrikeFigures> tieOrder) {
        List<StrikeFigures> ranked = entries.stream()
                .filter(figures -> figures.acute().isPresent())
                .sorted(Comparator.comparingLong(
                                (StrikeFigures f) -> -f.acute().orElseThrow().value())
                        .thenComparing(tieOrder))
                .toList();
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Amount acute = ranked.get(i).acute().orElseThrow();
            boolean tiedWithPrevious = i > 0 && places.get(i - 1).acute().value() == acute.value();
            int rank = tiedWithPrevious ? places.get(i - 1).rank() : i + 1;
            places.add(new Place(rank, ranked.get(i), acute));
        }
        return places;
    }
}
