package org.strikedesk.questions;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.strikedesk.trusts.NameKey;
import org.strikedesk.trusts.Resolution;
import org.strikedesk.trusts.TrustMatch;
import org.strikedesk.trusts.TrustResolver;

/**
 * Takes a question apart. First each word is given the role the question's own vocabulary gives it (a month is part
 * of the strike, "cancelled" a cue, "how" nothing); then the words left, which may be names, are split into names
 * so that as few words as possible are left not understood, in as few names as possible: "Guy's and St Thomas'" is
 * one name, "Lister and Addenbrooke's" two, "London Ambulance Service" a name although "ambulance" is also a staff
 * group. A single word is taken for a name only where it is the name's own word (or code, or abbreviation), so
 * "with" is never Withernsea and "how" never the John Howard Centre.
 */
final class PartsReader {
    /** No name in the directory needs more words than this, once the small words are counted. */
    static final int LONGEST_NAME = 8;

    private static final int MOST_TRUSTS = 31;
    private static final Set<String> BEFORE_ON_STRIKE = Set.of("went", "were", "was", "are", "is", "been", "be", "go");
    private static final Set<String> NOT_STAFF_OUT = Set.of("find", "found", "work", "worked", "carry", "carried");
    private static final Set<String> BEFORE_MAY = Set.of("in", "of", "during", "since", "the", "early", "late", "mid");
    private static final Set<String> AFTER_LIMIT =
            Set.of("worst", "most", "trusts", "hospitals", "hardest", "biggest", "highest");

    private final TrustResolver resolver;
    private final Map<String, Resolution> resolved = new HashMap<>();

    private PartsReader(TrustResolver resolver) {
        this.resolver = resolver;
    }

    static Parts read(Tokenizer.Words words, TrustResolver resolver) {
        return new PartsReader(resolver).parts(words.tokens());
    }

    private Parts parts(List<Token> tokens) {
        Roles roles = roles(tokens);
        whenStriking(tokens, roles.role());
        List<Span> names = names(tokens, roles.role());
        boolean[] inName = new boolean[tokens.size()];
        for (Span name : names) {
            for (int i = name.from(); i < name.to(); i++) {
                inName[i] = true;
            }
        }
        List<Token> strike = new ArrayList<>();
        Set<Cue> cues = EnumSet.noneOf(Cue.class);
        for (int i = 0; i < tokens.size(); i++) {
            if (roles.role()[i] == Role.CUE) {
                Vocabulary.cue(tokens.get(i).key()).ifPresent(cues::add);
            }
        }
        cues.addAll(roles.cues());
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Role role = roles.role()[i];
            if (inName[i]) {
                continue;
            }
            if (role == Role.STRIKE || role == Role.GROUP) {
                strike.add(tokens.get(i));
            } else if (role == Role.OPEN) {
                var misspelt = Vocabulary.misspeltCue(tokens.get(i).key());
                if (misspelt.isPresent()) {
                    cues.add(misspelt.get());
                } else {
                    unknown.add(i);
                }
            }
        }
        return new Parts(names, strike, cues, Parts.runs(tokens, unknown), roles.limit(), roles.everyStrike());
    }

    /**
     * The roles of the tokens.
     *
     * @param role each token's role
     * @param cues what the cue words ask for
     * @param limit how many trusts to rank, if said
     * @param everyStrike whether "all strikes" was asked for
     */
    @SuppressWarnings("ArrayRecordComponent") // read by index, never compared
    private record Roles(Role[] role, Set<Cue> cues, OptionalInt limit, boolean everyStrike) {}

    private static Roles roles(List<Token> tokens) {
        Role[] roles = new Role[tokens.size()];
        Set<Cue> cues = EnumSet.noneOf(Cue.class);
        OptionalInt limit = OptionalInt.empty();
        boolean every = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (roles[i] != null) {
                continue;
            }
            Token token = tokens.get(i);
            String key = token.key();
            String previous = i > 0 ? tokens.get(i - 1).key() : "";
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).key() : "";
            switch (token.kind()) {
                case STRIKE_ID, DATE -> roles[i] = Role.STRIKE;
                case DAY_RANGE -> roles[i] = monthAt(tokens, i + 1) || monthAt(tokens, i - 1) ? Role.STRIKE : Role.SKIP;
                case NUMBER -> {
                    int number = token.number();
                    if ((number >= 2000 && number <= 2099) || dayOfMonth(tokens, i)) {
                        roles[i] = Role.STRIKE;
                    } else {
                        roles[i] = Role.SKIP;
                        if (number > 0
                                && number <= MOST_TRUSTS
                                && (previous.equals("top") || AFTER_LIMIT.contains(next))) {
                            limit = OptionalInt.of(number);
                        }
                    }
                }
                case WORD -> {
                    if (key.equals("most") && next.equals("recent")) {
                        roles[i] = Role.STRIKE;
                        roles[i + 1] = Role.STRIKE;
                    } else if ((key.equals("all") || key.equals("every")) && Vocabulary.isStrikeWord(next)) {
                        roles[i] = Role.SKIP;
                        every = true;
                    } else if (key.equals("on") && next.equals("strike") && BEFORE_ON_STRIKE.contains(previous)) {
                        roles[i] = Role.CUE;
                        roles[i + 1] = Role.CUE;
                        cues.add(Cue.STAFF);
                    } else if (key.equals("out")) {
                        boolean staff = !next.equals("of") && !NOT_STAFF_OUT.contains(previous);
                        roles[i] = staff ? Role.CUE : Role.SKIP;
                        if (staff) {
                            cues.add(Cue.STAFF);
                        }
                    } else if (key.equals("staff") && previous.equals("ambulance")) {
                        roles[i] = Role.STRIKE;
                    } else if ((key.equals("trusts") || key.equals("hospitals")) && askedWhich(tokens, i)) {
                        roles[i] = Role.CUE;
                        cues.add(Cue.TOP);
                    } else {
                        roles[i] = wordRole(tokens, i);
                    }
                }
            }
        }
        return new Roles(roles, cues, limit, every);
    }

    /**
     * "When are the doctors striking?" asks for dates: with a word that asks when, "striking" says nothing of staff
     * absent.
     */
    private static void whenStriking(List<Token> tokens, Role[] roles) {
        boolean when =
                tokens.stream().anyMatch(token -> Vocabulary.cue(token.key()).orElse(null) == Cue.STRIKES);
        for (int i = 0; i < tokens.size() && when; i++) {
            if (tokens.get(i).is("striking")) {
                roles[i] = Role.SKIP;
            }
        }
    }

    private static Role wordRole(List<Token> tokens, int i) {
        String key = tokens.get(i).key();
        if (Vocabulary.month(key).isPresent()) {
            return !key.equals("may") || mayIsTheMonth(tokens, i) ? Role.STRIKE : Role.SKIP;
        }
        if (Vocabulary.isLatest(key) || Vocabulary.isStrikeWord(key)) {
            return Role.STRIKE;
        }
        if (Vocabulary.cue(key).isPresent()) {
            return Role.CUE;
        }
        if (Vocabulary.isQuestionWord(key)) {
            return Role.SKIP;
        }
        if (Vocabulary.isGroup(key)) {
            return Role.GROUP;
        }
        return Vocabulary.isJoiner(key) ? Role.JOINER : Role.OPEN;
    }

    /** "May" is the month next to a day or year, after "in", "during", "the", or before "strike". */
    private static boolean mayIsTheMonth(List<Token> tokens, int i) {
        String previous = i > 0 ? tokens.get(i - 1).key() : "";
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).key() : "";
        return BEFORE_MAY.contains(previous)
                || (i > 0 && tokens.get(i - 1).kind() != Token.Kind.WORD)
                || (i + 1 < tokens.size() && tokens.get(i + 1).kind() != Token.Kind.WORD)
                || Vocabulary.isStrikeWord(next)
                || Vocabulary.isGroup(next);
    }

    /** "which trusts", "what hospitals", "list the trusts", "how many trusts". */
    private static boolean askedWhich(List<Token> tokens, int i) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
            String key = tokens.get(j).key();
            if (key.equals("which") || key.equals("what") || key.equals("list") || key.equals("many")) {
                return true;
            }
        }
        return false;
    }

    private static boolean monthAt(List<Token> tokens, int i) {
        return i >= 0
                && i < tokens.size()
                && tokens.get(i).kind() == Token.Kind.WORD
                && Vocabulary.month(tokens.get(i).key()).isPresent();
    }

    /** A number from 1 to 31 next to a month: "11 April", "11th of April", "April 11th". */
    private static boolean dayOfMonth(List<Token> tokens, int i) {
        int number = tokens.get(i).number();
        if (number < 1 || number > 31) {
            return false;
        }
        boolean ofMonth = i + 2 < tokens.size() && tokens.get(i + 1).is("of") && monthAt(tokens, i + 2);
        return monthAt(tokens, i + 1) || monthAt(tokens, i - 1) || ofMonth;
    }

    /**
     * The names among the words that may be names, chosen so that the fewest words are left not understood, then the
     * fewest names are used, then the fewest are ambiguous.
     */
    private List<Span> names(List<Token> tokens, Role[] roles) {
        int n = tokens.size();
        int[][] cost = new int[n + 1][];
        Span[] span = new Span[n + 1];
        cost[n] = new int[] {0, 0, 0};
        for (int i = n - 1; i >= 0; i--) {
            int[] best = alone(roles[i], cost[i + 1]);
            Span bestSpan = null;
            if (mayStartName(roles[i])) {
                for (int j = i + 1; j <= Math.min(n, i + LONGEST_NAME) && mayBeInName(roles[j - 1]); j++) {
                    if (!mayEndName(roles, i, j)) {
                        continue;
                    }
                    Span candidate = new Span(i, tokens.subList(i, j), resolve(Span.text(tokens.subList(i, j))));
                    if (!nameLike(candidate)) {
                        continue;
                    }
                    int[] with = add(cost[j], 0, 1, ambiguous(candidate.resolution()) ? 1 : 0);
                    if (less(with, best)) {
                        best = with;
                        bestSpan = candidate;
                    }
                }
            }
            cost[i] = best;
            span[i] = bestSpan;
        }
        List<Span> names = new ArrayList<>();
        for (int i = 0; i < n; ) {
            if (span[i] != null) {
                names.add(span[i]);
                i += span[i].tokens().size();
            } else {
                i++;
            }
        }
        return names;
    }

    private static int[] alone(Role role, int[] rest) {
        return role == Role.OPEN ? add(rest, 1, 0, 0) : rest;
    }

    private static boolean mayBeInName(Role role) {
        return role == Role.OPEN || role == Role.GROUP || role == Role.JOINER;
    }

    /** A name starts with one of its own words, which a staff group alone is not, unless an open word follows. */
    private static boolean mayStartName(Role role) {
        return role == Role.OPEN || role == Role.GROUP;
    }

    /** A name ends with one of its own words and has at least one word that is neither a joiner nor a staff group. */
    private static boolean mayEndName(Role[] roles, int from, int to) {
        if (roles[to - 1] == Role.JOINER) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (roles[k] == Role.OPEN) {
                return true;
            }
        }
        return false;
    }

    private Resolution resolve(String text) {
        return resolved.computeIfAbsent(text, resolver::resolve);
    }

    /**
     * Whether the words may be taken for a name: they name an organisation, several, or one outside England. One
     * word must be a word of the name it matched (or its code or abbreviation), or the first five letters or more of
     * one: a word that only begins a name's word ("with" and Withernsea) is left alone.
     */
    private static boolean nameLike(Span span) {
        Resolution resolution = span.resolution();
        boolean oneWord = span.tokens().size() == 1;
        String word = span.tokens().get(0).key();
        if (resolution instanceof Resolution.Found found) {
            return !oneWord || ownWord(word, found.match());
        }
        if (resolution instanceof Resolution.NotFound missing) {
            return missing.ambiguous()
                    && (!oneWord || missing.suggestions().stream().anyMatch(match -> ownWord(word, match)));
        }
        return !oneWord || word.length() >= 5;
    }

    private static boolean ownWord(String word, TrustMatch match) {
        for (String own : NameKey.words(NameKey.of(match.matched()))) {
            if (own.equals(word) || (word.length() >= 5 && own.startsWith(word))) {
                return true;
            }
        }
        return false;
    }

    private static boolean ambiguous(Resolution resolution) {
        return resolution instanceof Resolution.NotFound;
    }

    private static int[] add(int[] cost, int unknown, int names, int ambiguous) {
        return new int[] {cost[0] + unknown, cost[1] + names, cost[2] + ambiguous};
    }

    private static boolean less(int[] a, int[] b) {
        for (int k = 0; k < a.length; k++) {
            if (a[k] != b[k]) {
                return a[k] < b[k];
            }
        }
        return false;
    }
}
