package org.strikedesk.figures;

import java.util.List;

/**
 * England's running total of acute appointments and procedures rescheduled after a strike: NHS England's own, where
 * it stated one for that strike, else the sum of the England counts published for the strikes up to it. Which of the
 * two it is must be said wherever it is cited: they differ, as NHS England's includes strikes with no published count.
 */
public sealed interface RunningTotal {
    /** The total. */
    long value();

    /**
     * NHS England's own running total after the strike.
     *
     * @param figure the stated total, with its source
     */
    record Stated(Figure figure) implements RunningTotal {
        @Override
        public long value() {
            return figure.value();
        }

        @Override
        public List<Source> sources() {
            return StrikeFigures.sourcesOf(List.of(figure));
        }
    }

    /**
     * The sum of England's published counts for the strikes up to and including one.
     *
     * @param value the sum
     * @param counted the strikes with a published count, oldest first
     * @param partial whether any count in the sum is partial, so the sum is a lower bound
     * @param basis the figures summed
     */
    record Summed(long value, List<Strike> counted, boolean partial, List<Figure> basis) implements RunningTotal {
        public Summed {
            counted = List.copyOf(counted);
            basis = List.copyOf(basis);
        }

        @Override
        public List<Source> sources() {
            return StrikeFigures.sourcesOf(basis);
        }
    }

    /** The publications behind it. */
    List<Source> sources();
}
