package org.strikedesk.commands;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.strikedesk.figures.Strike;
import org.strikedesk.reference.Reference;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.trusts.NameKey;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.Region;
import org.strikedesk.trusts.TrustMatch;

/** What autocomplete offers for each kind of option: at most 25 choices, best first. */
public final class Completer {
    /** Discord's limit on choices. */
    public static final int MAX_CHOICES = 25;

    private static final int LONGEST_INPUT = 100;

    private final Reference reference;
    private final Supplier<Set<String>> withFigures;

    /**
     * @param reference the directory and calendar
     * @param withFigures the codes of organisations with figures, offered first when nothing is typed yet
     */
    public Completer(Reference reference, Supplier<Set<String>> withFigures) {
        this.reference = reference;
        this.withFigures = withFigures;
    }

    public List<Choice> complete(Completion completion, String input) {
        String typed = input == null ? "" : input.length() > LONGEST_INPUT ? input.substring(0, LONGEST_INPUT) : input;
        return switch (completion) {
            case TRUST -> trusts(typed);
            case STRIKE -> strikes(typed);
            case REGION -> regions(typed);
            case STAFF_GROUP -> groups(typed);
            case NONE -> List.of();
        };
    }

    private List<Choice> trusts(String typed) {
        if (NameKey.of(typed).isEmpty()) {
            return withFiguresFirst();
        }
        List<TrustMatch> matches = reference.trusts().rank(typed, MAX_CHOICES);
        if (matches.isEmpty()) {
            matches = reference.trusts().suggest(typed, MAX_CHOICES);
        }
        return matches.stream()
                .map(m -> new Choice(Lookups.describe(m), m.organisation().code()))
                .toList();
    }

    private List<Choice> withFiguresFirst() {
        Set<String> codes = withFigures.get();
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("England", Organisation.ENGLAND_CODE));
        for (Organisation trust : reference.directory().trusts()) {
            if (codes.contains(trust.code()) && choices.size() < MAX_CHOICES) {
                choices.add(new Choice(trust.name() + " (" + trust.code() + ")", trust.code()));
            }
        }
        return choices;
    }

    private List<Choice> strikes(String typed) {
        List<Choice> choices = new ArrayList<>();
        String key = NameKey.of(typed);
        if ("latest".startsWith(key)) {
            choices.add(new Choice("Latest strike with figures", "latest"));
        }
        if ("all".startsWith(key)) {
            choices.add(new Choice("All strikes", "all"));
        }
        for (Strike strike : reference.strikes().rank(typed, MAX_CHOICES)) {
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
