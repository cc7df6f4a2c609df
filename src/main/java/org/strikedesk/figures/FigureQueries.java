package org.strikedesk.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.strikedesk.trusts.Organisation;

/** The questions commands ask of the figures, answered from the store and the strike calendar. */
public final class FigureQueries {
    private final FiguresStore store;
    private final HeldFigures held;
    private final Supplier<StrikeCalendar> calendar;
    /** Most questions are about a few trusts in a few strikes; their figures are kept until figures change. */
    private final KeptUntilChange<String, StrikeFigures> recent = new KeptUntilChange<>(2_000);

    private final KeptUntilChange<String, List<StrikeFigures>> histories = new KeptUntilChange<>(300);

    /**
     * @param store the figures published
     * @param held the figures held for review
     * @param calendar the strike calendar as it stands (it can change while StrikeDesk runs)
     */
    public FigureQueries(FiguresStore store, HeldFigures held, Supplier<StrikeCalendar> calendar) {
        this.store = store;
        this.held = held;
        this.calendar = calendar;
    }

    public StrikeCalendar calendar() {
        return calendar.get();
    }

    /** One organisation in one strike (possibly with no figures), with any figures held for review. */
    public StrikeFigures figures(String orgCode, Strike strike) {
        return recent.get(
                orgCode + " " + strike.id(),
                store.generation(),
                () -> new StrikeFigures(
                        orgCode, strike, store.figures(orgCode, strike.id()), held.in(orgCode, strike.id())));
    }

    /** One organisation in every strike it has figures for, oldest first. */
    public List<StrikeFigures> history(String orgCode) {
        return histories.get(orgCode, store.generation(), () -> readHistory(orgCode));
    }

    private List<StrikeFigures> readHistory(String orgCode) {
        Map<String, List<Figure>> byStrike = new LinkedHashMap<>();
        for (Figure figure : store.figuresOf(orgCode)) {
            byStrike.computeIfAbsent(figure.strikeId(), k -> new ArrayList<>()).add(figure);
        }
        List<StrikeFigures> history = new ArrayList<>();
        for (Strike strike : calendar().all()) {
            List<Figure> figures = byStrike.get(strike.id());
            if (figures != null) {
                history.add(new StrikeFigures(orgCode, strike, figures));
            }
        }
        return List.copyOf(history);
    }

    /** The newest strike with figures for the organisation. */
    public Optional<Strike> latestWithFigures(String orgCode) {
        Map<String, Set<String>> coverage = coverage();
        return calendar().newestFirst().stream()
                .filter(strike -> coverage.getOrDefault(strike.id(), Set.of()).contains(orgCode))
                .findFirst();
    }

    /** The newest strike with figures for both organisations. */
    public Optional<Strike> latestInCommon(String firstCode, String secondCode) {
        Map<String, Set<String>> coverage = coverage();
        return calendar().newestFirst().stream()
                .filter(strike -> {
                    Set<String> codes = coverage.getOrDefault(strike.id(), Set.of());
                    return codes.contains(firstCode) && codes.contains(secondCode);
                })
                .findFirst();
    }

    /** Strikes after {@code strike} in the calendar, which have no figures for the organisation yet. */
    public List<Strike> laterStrikes(Strike strike) {
        return calendar().all().stream()
                .filter(s -> s.firstDay().isAfter(strike.firstDay()))
                .toList();
    }

    /** Every organisation's figures in one strike, by organisation code. */
    public List<StrikeFigures> everyOrganisationIn(Strike strike) {
        Map<String, List<Figure>> byOrg = new LinkedHashMap<>();
        for (Figure figure : store.figuresIn(strike.id())) {
            byOrg.computeIfAbsent(figure.orgCode(), k -> new ArrayList<>()).add(figure);
        }
        return byOrg.entrySet().stream()
                .map(e -> new StrikeFigures(e.getKey(), strike, e.getValue()))
                .sorted(Comparator.comparing(StrikeFigures::orgCode))
                .toList();
    }

    /** The codes of every organisation with figures. */
    public Set<String> organisationsWithFigures() {
        Set<String> codes = new HashSet<>();
        coverage().values().forEach(codes::addAll);
        return codes;
    }

    /** Which organisations have figures in each strike, by strike id. */
    public Map<String, Set<String>> coverage() {
        return store.coverage();
    }

    /** England's figures in the strike. */
    public StrikeFigures england(Strike strike) {
        return figures(Organisation.ENGLAND_CODE, strike);
    }

    /**
     * England's running total after a strike: NHS England's own where it stated one for that strike, else the sum of
     * England's published counts for the strikes up to and including it (empty when none has a count).
     */
    public Optional<RunningTotal> englandRunningTotal(Strike strike) {
        Optional<Figure> stated = england(strike).statedRunningTotal();
        if (stated.isPresent()) {
            return Optional.of(new RunningTotal.Stated(stated.get()));
        }
        int position = calendar().all().indexOf(strike);
        long sum = 0;
        boolean partial = false;
        List<Strike> counted = new ArrayList<>();
        List<Figure> basis = new ArrayList<>();
        for (StrikeFigures figures : history(Organisation.ENGLAND_CODE)) {
            Optional<Amount> acute = figures.acute();
            if (calendar().all().indexOf(figures.strike()) > position || acute.isEmpty()) {
                continue;
            }
            sum += acute.get().value();
            partial |= acute.get().partial();
            counted.add(figures.strike());
            basis.addAll(acute.get().basis());
        }
        return counted.isEmpty()
                ? Optional.empty()
                : Optional.of(new RunningTotal.Summed(sum, counted, partial, basis));
    }

    /** The figures of an organisation in a strike that were revised after they were first published. */
    public List<Revision> revisions(String orgCode, Strike strike) {
        return store.revisions(orgCode, strike.id());
    }

    /** Every figure held, by strike, organisation, day and metric. */
    public List<Figure> allFigures() {
        return store.all();
    }
}
