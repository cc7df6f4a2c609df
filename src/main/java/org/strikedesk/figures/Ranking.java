package org.strikedesk.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
     * Where one organisation stands among those ranked with it.
     *
     * @param rank its rank, 1 for the largest total
     * @param tied how many share that rank, itself included (1 when none does)
     * @param of how many were ranked
     */
    public record Standing(int rank, int tied, int of) {
        public Standing {
            if (rank < 1 || tied < 1 || rank + tied - 1 > of) {
                throw new IllegalArgumentException("no standing " + rank + " (" + tied + " tied) of " + of);
            }
        }

        /** True when it is the only one ranked. */
        public boolean alone() {
            return of == 1;
        }

        /** True when no other total is smaller and it is not alone. */
        public boolean lowest() {
            return of > 1 && rank + tied - 1 == of && rank > 1;
        }
    }

    /** Where the organisation with {@code orgCode} stands in a ranking, if it is in it. */
    public static Optional<Standing> standing(List<Place> places, String orgCode) {
        return places.stream()
                .filter(place -> place.figures().orgCode().equals(orgCode))
                .findFirst()
                .map(place -> new Standing(
                        place.rank(),
                        (int) places.stream()
                                .filter(other -> other.rank() == place.rank())
                                .count(),
                        places.size()));
    }

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
