package org.strikedesk.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.FigureQueries;
import org.strikedesk.figures.Metric;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.Region;
import org.strikedesk.trusts.TrustDirectory;

/**
 * What trusts have reported so far, as published: each trust's acute totals and staff figures by strike, and every
 * trust's acute totals by region. Read once per import, and only when a rule needs them.
 */
final class Records {
    private final Map<String, List<Entry>> acuteByTrust = new HashMap<>();
    private final Map<Region, List<Entry>> acuteByRegion = new HashMap<>();
    private final Map<String, List<Entry>> staffByTrust = new HashMap<>();

    private Records() {}

    static Records read(FigureQueries queries, TrustDirectory directory) {
        Records records = new Records();
        Map<String, Set<String>> coverage = queries.coverage();
        for (Strike strike : queries.calendar().all()) {
            for (String code : coverage.getOrDefault(strike.id(), Set.of())) {
                Optional<Organisation> org = directory.byCode(code).filter(Organisation::isTrust);
                if (org.isPresent()) {
                    records.add(org.get(), queries.figures(code, strike));
                }
            }
        }
        return records;
    }

    private void add(Organisation trust, StrikeFigures figures) {
        Figure.Scope scope = new Figure.Scope(trust.code(), figures.strike().id());
        figures.acute().ifPresent(acute -> {
            Entry entry = new Entry(scope, figures.strike(), acute.value());
            acuteByTrust.computeIfAbsent(trust.code(), k -> new ArrayList<>()).add(entry);
            if (trust.region() != null) {
                acuteByRegion
                        .computeIfAbsent(trust.region(), k -> new ArrayList<>())
                        .add(entry);
            }
        });
        figures.figures().stream()
                .filter(f -> f.metric() == Metric.STAFF_ABSENT
                        || f.metric() == Metric.STAFF_ABSENT_MAX
                        || f.metric() == Metric.STAFF_ABSENT_MIN)
                .mapToLong(Figure::value)
                .max()
                .ifPresent(most -> staffByTrust
                        .computeIfAbsent(trust.code(), k -> new ArrayList<>())
                        .add(new Entry(scope, figures.strike(), most)));
    }

    /** A trust's highest acute total in any strike but {@code besides}. */
    Optional<Entry> acuteRecord(String trust, Figure.Scope besides) {
        return highest(acuteByTrust.getOrDefault(trust, List.of()), besides);
    }

    /** The highest acute total of any trust in the region, in any strike, but {@code besides}. */
    Optional<Entry> regionHighest(Region region, Figure.Scope besides) {
        return highest(acuteByRegion.getOrDefault(region, List.of()), besides);
    }

    /** A trust's highest staff figure (a day, or a peak or lowest day) in any strike but {@code besides}. */
    Optional<Entry> staffRecord(String trust, Figure.Scope besides) {
        return highest(staffByTrust.getOrDefault(trust, List.of()), besides);
    }

    private static Optional<Entry> highest(List<Entry> entries, Figure.Scope besides) {
        return entries.stream()
                .filter(entry -> !entry.scope().equals(besides))
                .max(Comparator.comparingLong(Entry::value));
    }

    /**
     * A figure on record.
     *
     * @param scope whose, in which strike
     * @param strike the strike
     * @param value the figure
     */
    record Entry(Figure.Scope scope, Strike strike, long value) {}
}
