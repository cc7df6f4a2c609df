package org.strikedesk.commands;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.strikedesk.figures.Strike;
import org.strikedesk.reference.Reference;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.trusts.NameKey;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.Region;
import org.strikedesk.trusts.Resolution;
import org.strikedesk.trusts.TrustMatch;

/** What autocomplete offers for each kind of option: at most 25 choices, best first. */
public final class Completer {
    /** Discord's limit on choices. */
    public static final int MAX_CHOICES = 25;

    private static final int LONGEST_INPUT = 100;

    private final Reference reference;
    private final Supplier<Map<String, Set<String>>> coverage;

    /**
     * @param reference the directory and calendar
     * @param coverage which organisations have figures in each strike, by strike id: organisations with figures are
     *     offered first when nothing is typed yet, and a chosen trust's strikes before the rest
     */
    public Completer(Reference reference, Supplier<Map<String, Set<String>>> coverage) {
        this.reference = reference;
        this.coverage = coverage;
    }

    /**
     * The choices for an option being typed.
     *
     * @param completion what the option takes
     * @param input what has been typed so far
     * @param filled the command's other options as filled in so far (Discord sends them with each autocomplete
     *     request): a strike is offered with the strikes the chosen trusts have figures for first
     */
    public List<Choice> complete(Completion completion, String input, Map<String, String> filled) {
        String typed = input == null ? "" : input.length() > LONGEST_INPUT ? input.substring(0, LONGEST_INPUT) : input;
        return switch (completion) {
            case TRUST -> trusts(typed, filled, false);
            case NHS_TRUST -> trusts(typed, filled, true);
            case STRIKE -> strikes(typed, filled, true);
            case ONE_STRIKE -> strikes(typed, filled, false);
            case REGION -> regions(typed);
            case STAFF_GROUP -> groups(typed);
            case NONE -> List.of();
        };
    }

    /**
     * Trusts whose names fit, best first, leaving out one already chosen in the command's other trust option (no
     * command takes the same trust twice); only trusts themselves when {@code trustsOnly}.
     */
    private List<Choice> trusts(String typed, Map<String, String> filled, boolean trustsOnly) {
        Set<String> chosen = new HashSet<>(chosen(filled));
        Predicate<Organisation> offered = org -> !chosen.contains(org.code()) && (!trustsOnly || org.isTrust());
        if (NameKey.of(typed).isEmpty()) {
            return withFiguresFirst(offered);
        }
        List<TrustMatch> matches = reference.trusts().rank(typed, Integer.MAX_VALUE);
        if (matches.isEmpty()) {
            matches = reference.trusts().suggest(typed, Integer.MAX_VALUE);
        }
        return matches.stream()
                .filter(m -> offered.test(m.organisation()))
                .limit(MAX_CHOICES)
                .map(m -> new Choice(Lookups.describe(m), m.organisation().code()))
                .toList();
    }

    private List<Choice> withFiguresFirst(Predicate<Organisation> offered) {
        Set<String> codes = new HashSet<>();
        coverage.get().values().forEach(codes::addAll);
        List<Choice> choices = new ArrayList<>();
        if (offered.test(Organisation.ENGLAND)) {
            choices.add(new Choice("England", Organisation.ENGLAND_CODE));
        }
        for (Organisation trust : reference.directory().trusts()) {
            if (codes.contains(trust.code()) && offered.test(trust) && choices.size() < MAX_CHOICES) {
                choices.add(new Choice(trust.name() + " (" + trust.code() + ")", trust.code()));
            }
        }
        return choices;
    }

    private List<Choice> strikes(String typed, Map<String, String> filled, boolean everyStrike) {
        List<Choice> choices = new ArrayList<>();
        String key = NameKey.of(typed);
        if ("latest".startsWith(key)) {
            choices.add(new Choice("Latest strike with figures", "latest"));
        }
        if (everyStrike && "all".startsWith(key)) {
            choices.add(new Choice("All strikes", "all"));
        }
        List<Strike> ranked = reference.strikes().rank(typed, Integer.MAX_VALUE);
        Set<String> theirs = strikesWithFiguresFor(chosen(filled));
        List<Strike> ordered = new ArrayList<>(
                ranked.stream().filter(s -> theirs.contains(s.id())).toList());
        ranked.stream().filter(s -> !theirs.contains(s.id())).forEach(ordered::add);
        for (Strike strike : ordered) {
            if (choices.size() == MAX_CHOICES) {
                break;
            }
            choices.add(new Choice(
                    HouseStyle.days(strike.days()) + ": " + strike.name() + " (" + String.join(", ", strike.unions())
                            + ")",
                    strike.id()));
        }
        return choices;
    }

    /** The codes of the organisations the trust options already filled in name; none when one names no one. */
    private List<String> chosen(Map<String, String> filled) {
        List<String> codes = new ArrayList<>();
        for (String option : List.of(Options.TRUST, Options.OTHER)) {
            String value = filled.getOrDefault(option, "");
            if (value.isBlank()) {
                continue;
            }
            if (!(reference.trusts().resolve(value) instanceof Resolution.Found found)) {
                return List.of();
            }
            codes.add(found.organisation().code());
        }
        return codes;
    }

    /** The ids of the strikes with figures for every one of these organisations; none when there are none. */
    private Set<String> strikesWithFiguresFor(List<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        coverage.get().forEach((strike, orgs) -> {
            if (orgs.containsAll(codes)) {
                ids.add(strike);
            }
        });
        return ids;
    }

    private static List<Choice> regions(String typed) {
        String key = NameKey.of(typed);
        List<Choice> choices = new ArrayList<>();
        for (Region region : Region.values()) {
            if (region.inEngland()
                    && (NameKey.of(region.displayName()).contains(key)
                            || region.code().toLowerCase(Locale.ROOT).startsWith(key))) {
                choices.add(new Choice(region.displayName(), region.code()));
            }
        }
        return choices;
    }

    private List<Choice> groups(String typed) {
        String key = NameKey.of(typed);
        Set<String> groups = new LinkedHashSet<>();
        for (Strike strike : reference.calendar().newestFirst()) {
            groups.add(strike.staffGroup().replaceAll("\\s*\\(.*\\)", ""));
            groups.addAll(strike.unions());
        }
        return groups.stream()
                .filter(g -> NameKey.of(g).contains(key))
                .limit(MAX_CHOICES)
                .map(g -> new Choice(g, g))
                .toList();
    }
}
