package org.strikedesk.ingest.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Metric;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeCalendar;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.ingest.errors.ImportError;
import org.strikedesk.ingest.errors.Sizes;
import org.strikedesk.trusts.Organisation;

/**
 * Checks NHS England's stated running totals in a file against each other and against the England counts they
 * include, as they would stand once the file is imported: a running total never falls from one strike to the next,
 * and is never lower than the published counts up to its strike add up to. Only the file's running totals can be
 * rejected; a count that later exceeds a total held already is a revision the total predates.
 */
public final class RunningTotalCheck {
    private final StrikeCalendar calendar;

    public RunningTotalCheck(StrikeCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The errors, each at the value cell of a running total in the file.
     *
     * @param file the file's name
     * @param stated the file's running totals, where they were read
     * @param incoming every figure in the file
     * @param held England's figures in the store now
     */
    public List<ImportError> check(
            String file, List<RunningTotalRow> stated, List<Figure> incoming, Map<Figure.Key, Figure> held) {
        if (stated.isEmpty()) {
            return List.of();
        }
        Map<Figure.Key, Figure> england = new LinkedHashMap<>(held);
        for (Figure figure : incoming) {
            if (figure.orgCode().equals(Organisation.ENGLAND_CODE)) {
                england.merge(figure.key(), figure, (old, now) -> isNewer(now, old) ? now : old);
            }
        }
        Map<String, RunningTotalRow> fromFile = new LinkedHashMap<>();
        stated.forEach(row -> fromFile.put(row.figure().strikeId(), row));
        List<ImportError> errors = new ArrayList<>();
        List<Total> totals = totals(england, fromFile);
        for (int i = 0; i < totals.size(); i++) {
            Total total = totals.get(i);
            total.row()
                    .filter(row -> total.value() < total.countsSoFar())
                    .ifPresent(row -> errors.add(error(
                            file,
                            row,
                            "is lower than the " + Sizes.number(total.countsSoFar())
                                    + " that the published England counts"
                                    + " up to that strike add up to; a running total includes every count before it")));
            if (i > 0) {
                compare(file, totals.get(i - 1), total).ifPresent(errors::add);
            }
        }
        return errors;
    }

    private List<Total> totals(Map<Figure.Key, Figure> england, Map<String, RunningTotalRow> fromFile) {
        Map<String, List<Figure>> byStrike = new LinkedHashMap<>();
        england.values()
                .forEach(f -> byStrike.computeIfAbsent(f.strikeId(), k -> new ArrayList<>())
                        .add(f));
        List<Total> totals = new ArrayList<>();
        long counts = 0;
        for (Strike strike : calendar.all()) {
            StrikeFigures figures =
                    new StrikeFigures(Organisation.ENGLAND_CODE, strike, byStrike.getOrDefault(strike.id(), List.of()));
            counts += figures.acute().map(amount -> amount.value()).orElse(0L);
            Optional<Figure> total = figures.figures().stream()
                    .filter(f -> f.metric() == Metric.ACUTE_RESCHEDULED_CUMULATIVE)
                    .findFirst();
            if (total.isPresent()) {
                totals.add(
                        new Total(strike, total.get().value(), counts, Optional.ofNullable(fromFile.get(strike.id()))));
            }
        }
        return totals;
    }

    /** A total that falls: blamed on the later one when it is in the file, else on the earlier one. */
    private static Optional<ImportError> compare(String file, Total earlier, Total later) {
        if (later.value() >= earlier.value()) {
            return Optional.empty();
        }
        if (later.row().isPresent()) {
            return Optional.of(error(
                    file,
                    later.row().get(),
                    "is lower than NHS England's running total after the earlier strike "
                            + earlier.strike().id() + ", " + Sizes.number(earlier.value()) + where(earlier)
                            + "; a running total never falls"));
        }
        return earlier.row()
                .map(row -> error(
                        file,
                        row,
                        "is higher than NHS England's running total after the later strike "
                                + later.strike().id() + ", " + Sizes.number(later.value()) + where(later)
                                + "; a running total never falls"));
    }

    private static String where(Total total) {
        return total.row().map(row -> " (row " + row.value().row() + ")").orElse(" (held in the store)");
    }

    private static ImportError error(String file, RunningTotalRow row, String problem) {
        Figure figure = row.figure();
        String message = figure.metric().id() + " " + Sizes.number(figure.value()) + " after strike "
                + figure.strikeId() + " " + problem;
        return new ImportError(file, row.sheet(), row.value().row(), row.value().column(), message);
    }

    /** The newer publication wins, as at import; without two dates, the file does. */
    private static boolean isNewer(Figure incoming, Figure current) {
        return incoming.published() == null
                || current.published() == null
                || !incoming.published().isBefore(current.published());
    }

    private record Total(Strike strike, long value, long countsSoFar, Optional<RunningTotalRow> row) {}
}
