package org.strikedesk.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One organisation's figures in one strike, with the totals the data contract derives from them: a whole-strike
 * row is authoritative for its metric, otherwise days are summed (partial when a strike day has no row); the
 * acute total is inpatient plus outpatient where both are known, else the published acute figure; staff peaks
 * and lows come from daily figures where they exist, else from the whole-strike rows.
 */
public final class StrikeFigures {
    private final String orgCode;
    private final Strike strike;
    private final List<Figure> figures;
    private final List<HeldFigure> held;
    private final Map<Metric, Amount> totals = new EnumMap<>(Metric.class);
    /** The whole-strike rows, by measure, in the order given. */
    private final Map<Metric, List<Figure>> whole = new EnumMap<>(Metric.class);
    /** The day rows, by measure, oldest day first. */
    private final Map<Metric, List<Figure>> daily = new EnumMap<>(Metric.class);

    private final @Nullable Amount acute;
    private final @Nullable StaffAbsence staff;

    public StrikeFigures(String orgCode, Strike strike, List<Figure> figures) {
        this(orgCode, strike, figures, List.of());
    }

    /**
     * The figures published, and those held for review that would change them.
     *
     * @param held figures of held imports that differ from those published; none of them counts in any total
     */
    public StrikeFigures(String orgCode, Strike strike, List<Figure> figures, List<HeldFigure> held) {
        this.orgCode = orgCode;
        this.strike = strike;
        this.figures = List.copyOf(figures);
        this.held = List.copyOf(held);
        for (Figure figure : this.figures) {
            (figure.wholeStrike() ? whole : daily)
                    .computeIfAbsent(figure.metric(), m -> new ArrayList<>())
                    .add(figure);
        }
        // Each measure's days in order, once: totals, staff figures and gaps all read them.
        daily.replaceAll((metric, days) -> days.stream()
                .sorted(Comparator.comparing(Figure::day, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList());
        whole.replaceAll((metric, rows) -> List.copyOf(rows));
        for (Metric metric : Metric.values()) {
            if (metric.isRescheduled()) {
                total(metric).ifPresent(amount -> totals.put(metric, amount));
            }
        }
        this.acute = deriveAcute();
        this.staff = deriveStaff();
    }

    public String orgCode() {
        return orgCode;
    }

    public Strike strike() {
        return strike;
    }

    public List<Figure> figures() {
        return figures;
    }

    /** True when no figure is published; some may still be {@linkplain #held() held for review}. */
    public boolean isEmpty() {
        return figures.isEmpty();
    }

    /** Figures of imports held for review that would change these: never shown as figures, only noted. */
    public List<HeldFigure> held() {
        return held;
    }

    /**
     * Every figure behind what a reply about these figures shows: each total's, the staff figures and the running
     * total. Day rows set aside because a whole-strike row is authoritative are not among them.
     */
    public List<Figure> shown() {
        List<Figure> used = new ArrayList<>();
        totals.values().forEach(amount -> used.addAll(amount.basis()));
        if (staff != null) {
            used.addAll(staff.basis());
        }
        statedRunningTotal().ifPresent(used::add);
        return used;
    }

    /** The whole-strike count for a rescheduled metric, as published or summed from days. */
    public Optional<Amount> total(Metric metric) {
        if (totals.containsKey(metric)) {
            return Optional.of(totals.get(metric));
        }
        List<Figure> whole = of(metric, true);
        if (!whole.isEmpty()) {
            return Optional.of(Amount.of(whole.get(0).value(), metric, List.of(), whole));
        }
        List<Figure> daily = of(metric, false);
        if (daily.isEmpty()) {
            return Optional.empty();
        }
        long sum = daily.stream().mapToLong(Figure::value).sum();
        return Optional.of(Amount.of(sum, metric, missingDays(daily), daily));
    }

    /** Acute appointments and procedures rescheduled: inpatient plus outpatient, or the published acute figure. */
    public Optional<Amount> acute() {
        return Optional.ofNullable(acute);
    }

    public Optional<StaffAbsence> staff() {
        return Optional.ofNullable(staff);
    }

    /** NHS England's own running total after this strike, where it stated one (England only). */
    public Optional<Figure> statedRunningTotal() {
        return of(Metric.ACUTE_RESCHEDULED_CUMULATIVE, true).stream().findFirst();
    }

    /**
     * The publications behind the figures shown (every rescheduled total, the staff figures and the running total),
     * each once. Day
     * rows set aside because a whole-strike row is authoritative are not among them.
     */
    public List<Source> sources() {
        return sourcesOf(shown());
    }

    /** The publications behind some figures, each once, with the latest publication date known for it. */
    public static List<Source> sourcesOf(List<Figure> figures) {
        Map<String, Source> byUrl = new LinkedHashMap<>();
        figures.stream()
                .sorted(Comparator.comparing(Figure::wholeStrike).reversed())
                .forEach(f -> byUrl.merge(f.source(), new Source(f.source(), f.published()), Source::latest));
        return new ArrayList<>(byUrl.values());
    }

    private @Nullable Amount deriveAcute() {
        Optional<Amount> inpatient = Optional.ofNullable(totals.get(Metric.INPATIENT_RESCHEDULED));
        Optional<Amount> outpatient = Optional.ofNullable(totals.get(Metric.OUTPATIENT_RESCHEDULED));
        if (inpatient.isPresent() && outpatient.isPresent()) {
            return inpatient.get().plus(outpatient.get());
        }
        return totals.get(Metric.ACUTE_RESCHEDULED);
    }

    private @Nullable StaffAbsence deriveStaff() {
        List<Figure> daily = of(Metric.STAFF_ABSENT, false);
        if (!daily.isEmpty()) {
            long peak = daily.stream().mapToLong(Figure::value).max().orElseThrow();
            long lowest = daily.stream().mapToLong(Figure::value).min().orElseThrow();
            return new StaffAbsence(daily, peak, lowest, missingDays(daily), daily);
        }
        List<Figure> peak = of(Metric.STAFF_ABSENT_MAX, true);
        List<Figure> lowest = of(Metric.STAFF_ABSENT_MIN, true);
        if (peak.isEmpty() && lowest.isEmpty()) {
            return null;
        }
        List<Figure> basis = new ArrayList<>(peak);
        basis.addAll(lowest);
        return new StaffAbsence(
                List.of(),
                peak.isEmpty() ? null : peak.get(0).value(),
                lowest.isEmpty() ? null : lowest.get(0).value(),
                List.of(),
                basis);
    }

    private List<Figure> of(Metric metric, boolean wholeStrike) {
        return (wholeStrike ? whole : daily).getOrDefault(metric, List.of());
    }

    private List<LocalDate> missingDays(List<Figure> daily) {
        return strike.days().stream()
                .filter(day -> daily.stream().noneMatch(f -> day.equals(f.day())))
                .toList();
    }
}
