package org.strikedesk.trusts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Turns what a reporter types into an organisation. It knows every organisation by its code, its newsroom
 * aliases, its hospital sites (with or without their town) and the words of its official name; case,
 * punctuation and "&amp;"/"and" are ignored, county abbreviations such as "Herts" are understood, and closed
 * trusts are still found. Unknown text gets the closest names as suggestions.
 */
public final class TrustResolver {
    /** Words that may be typed or left out without changing which trust is meant. */
    static final Set<String> FILLER =
            Set.of("nhs", "trust", "foundation", "ft", "the", "and", "of", "hospital", "hospitals", "for");

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("herts", "hertfordshire"),
            Map.entry("beds", "bedfordshire"),
            Map.entry("bucks", "buckinghamshire"),
            Map.entry("cambs", "cambridgeshire"),
            Map.entry("glos", "gloucestershire"),
            Map.entry("hants", "hampshire"),
            Map.entry("lancs", "lancashire"),
            Map.entry("leics", "leicestershire"),
            Map.entry("lincs", "lincolnshire"),
            Map.entry("northants", "northamptonshire"),
            Map.entry("notts", "nottinghamshire"),
            Map.entry("oxon", "oxfordshire"),
            Map.entry("staffs", "staffordshire"),
            Map.entry("warks", "warwickshire"),
            Map.entry("wilts", "wiltshire"),
            Map.entry("worcs", "worcestershire"),
            Map.entry("yorks", "yorkshire"),
            Map.entry("derbys", "derbyshire"),
            Map.entry("uni", "university"),
            Map.entry("univ", "university"),
            Map.entry("hosp", "hospital"),
            Map.entry("hosps", "hospitals"),
            Map.entry("gt", "great"),
            Map.entry("saint", "st"));

    static final int LONGEST_QUERY_WORDS = 16;
    static final int LONGEST_QUERY_WORD = 32;

    private static final int EXACT = 1000;
    private static final int PARTIAL = 500;
    /** Between two whole names (a code and a hospital with the same letters), this much lead decides. */
    private static final int CLEAR_LEAD = 10;
    /**
     * Between parts of names, a lead this wide is clear: more than the name starting with the words typed gives
     * (40), so "coventry" is asked between a trust whose name starts with it and the trust of University Hospital
     * (Coventry), while "manchester" is Manchester University NHS Foundation Trust, not Greater Manchester Mental
     * Health NHS Foundation Trust, which leaves more of its name unsaid.
     */
    private static final int WIDE_LEAD = 45;

    private static final double SIMILAR_ENOUGH = 0.8;
    /** Suggestions much less alike than the best one are noise. */
    private static final int CLOSE_TO_BEST = 50;

    private final List<NameEntry> entries;
    private final Map<Character, List<NameEntry>> byInitial = new HashMap<>();
    private final Map<String, NameEntry> exact = new HashMap<>();
    private final Set<String> ambiguousKeys = new HashSet<>();
    /** The significant words of each organisation's code, official name and newsroom names, by its code. */
    private final Map<String, Set<String>> ownNames = new HashMap<>();

    private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
    private final OutsideEngland outside;

    public TrustResolver(TrustDirectory directory) {
        this.entries = NameEntry.index(directory);
        this.outside = new OutsideEngland(directory.devolved());
        for (NameEntry entry : entries) {
            Set<Character> initials = new HashSet<>();
            for (String word : entry.words()) {
                initials.add(word.charAt(0));
            }
            initials.forEach(
                    c -> byInitial.computeIfAbsent(c, k -> new ArrayList<>()).add(entry));
            NameEntry earlier = exact.get(entry.key());
            if (earlier != null
                    && !earlier.organisation()
                            .code()
                            .equals(entry.organisation().code())) {
                ambiguousKeys.add(entry.key());
            }
            exact.merge(entry.key(), entry, TrustResolver::better);
            if (entry.via() != TrustMatch.Via.SITE && entry.via() != TrustMatch.Via.INITIALISM) {
                ownNames.computeIfAbsent(entry.organisation().code(), k -> new HashSet<>())
                        .add(significant(entry.words()));
            }
        }
    }

    /** Of two entries with the same key, the one an exact match prefers: code, then alias, site, name. */
    private static NameEntry better(NameEntry a, NameEntry b) {
        int scoreA = EXACT - a.via().rank() * 10 - a.penalty();
        int scoreB = EXACT - b.via().rank() * 10 - b.penalty();
        return scoreB > scoreA ? b : a;
    }

    /**
     * The entries that can match a query: every match needs a word starting with the first letter of one of the
     * query's significant words, so only entries with such a word are scored.
     */
    private List<NameEntry> candidates(String[] query) {
        for (String word : query) {
            if (!FILLER.contains(word)) {
                return byInitial.getOrDefault(word.charAt(0), List.of());
            }
        }
        return entries;
    }

    /**
     * Finds the one organisation the text means, or says why there is none. An NHS body in Wales, Scotland or
     * Northern Ireland is named as outside England rather than matched to an English trust that sounds alike; only an
     * English trust's own code or newsroom name is preferred to it.
     */
    public Resolution resolve(String input) {
        NameEntry same = exact.get(String.join(" ", query(input)));
        boolean ownName = same != null
                && (same.via() == TrustMatch.Via.CODE || same.via() == TrustMatch.Via.ALIAS)
                && inEngland(same.organisation());
        Optional<Resolution> elsewhere = ownName ? Optional.empty() : outside.named(input);
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        if (same != null && !sharedByOthers(same)) {
            TrustMatch match = new TrustMatch(same.organisation(), same.text(), same.via(), EXACT, true);
            return same.via() == TrustMatch.Via.SITE ? hospital(input, match, same) : found(input, match);
        }
        String[] query = query(input);
        List<TrustMatch> ranked = inEnglandFirst(rank(input, Integer.MAX_VALUE));
        if (ranked.isEmpty()) {
            return new Resolution.NotFound(input, suggest(input, 5), false);
        }
        if (ranked.size() == 1 || leads(query, ranked.get(0), ranked.get(1))) {
            return found(input, ranked.get(0));
        }
        return new Resolution.NotFound(input, ranked, true);
    }

    /**
     * A hospital named in full is its trust's unless another trust's name or hospital holds the same words about as
     * well: "st georges" is the name of a hospital in Stafford, and also the start of St George's University Hospitals
     * NHS Foundation Trust and of a hospital in Morpeth, so it is asked back.
     */
    private Resolution hospital(String input, TrustMatch match, NameEntry site) {
        String[] query = query(input);
        String code = match.organisation().code();
        List<TrustMatch> others = inEnglandFirst(rank(input, Integer.MAX_VALUE)).stream()
                .filter(other -> !other.organisation().code().equals(code))
                .toList();
        TrustMatch asWords =
                new TrustMatch(match.organisation(), match.matched(), match.via(), partial(query, site), false);
        if (others.isEmpty() || leads(query, asWords, others.get(0))) {
            return found(input, match);
        }
        List<TrustMatch> all = new ArrayList<>();
        all.add(match);
        all.addAll(others);
        return new Resolution.NotFound(input, all, true);
    }

    /**
     * Whether the best match is clearly more likely than the next: a whole name against part of one; between parts of
     * names, a wide lead, or a lead with more of the words typed found whole ("nottingham" in Nottingham University
     * Hospitals NHS Trust, only begun in Nottinghamshire Healthcare NHS Foundation Trust). Two trusts about as likely
     * are asked back, never one of them answered.
     */
    private static boolean leads(String[] query, TrustMatch best, TrustMatch next) {
        int lead = best.score() - next.score();
        boolean bestWhole = best.score() >= EXACT - 50;
        boolean nextWhole = next.score() >= EXACT - 50;
        if (bestWhole || nextWhole) {
            return bestWhole && (!nextWhole || lead >= CLEAR_LEAD);
        }
        return lead >= WIDE_LEAD || (lead >= CLEAR_LEAD && wordsFound(query, best) > wordsFound(query, next));
    }

    /** How many of the significant words typed are whole words of the matched name. */
    private static int wordsFound(String[] query, TrustMatch match) {
        List<String> words = List.of(NameKey.words(NameKey.of(match.matched())));
        int found = 0;
        for (String q : query) {
            if (!FILLER.contains(q) && words.contains(q)) {
                found++;
            }
        }
        return found;
    }

    /**
     * The match, unless it is Wales or one of the Welsh bodies the register lists: they have no figures. A hospital
     * whose name is also its trust's ("Barnsley Hospital", Barnsley Hospital NHS Foundation Trust) named the trust
     * outright.
     */
    private Resolution found(String input, TrustMatch match) {
        Organisation org = match.organisation();
        if (!inEngland(org)) {
            return new Resolution.OutOfScope(input, org.name(), org.region().displayName());
        }
        String words = significant(query(input));
        boolean ownName = !match.outright()
                && !words.isEmpty()
                && ownNames.getOrDefault(org.code(), Set.of()).contains(words);
        return new Resolution.Found(
                org, ownName ? new TrustMatch(org, org.name(), TrustMatch.Via.NAME, match.score(), true) : match);
    }

    /** The matches in England, or all of them when none is: a Welsh body is offered only when nothing else fits. */
    private static List<TrustMatch> inEnglandFirst(List<TrustMatch> matches) {
        List<TrustMatch> english =
                matches.stream().filter(m -> inEngland(m.organisation())).toList();
        return english.isEmpty() ? matches : english;
    }

    private static boolean inEngland(Organisation org) {
        return org.region() == null || org.region().inEngland();
    }

    /** True when another organisation has an entry with exactly this key: then the full ranking decides. */
    private boolean sharedByOthers(NameEntry entry) {
        return ambiguousKeys.contains(entry.key());
    }

    /** Organisations whose names fit the text, best first, one match each: what autocomplete offers. */
    public List<TrustMatch> rank(String input, int limit) {
        String[] query = query(input);
        if (query.length == 0) {
            return List.of();
        }
        String key = String.join(" ", query);
        Map<String, TrustMatch> best = new LinkedHashMap<>();
        for (NameEntry entry : candidates(query)) {
            int score = score(key, query, entry);
            if (score > 0) {
                boolean whole = entry.via() == TrustMatch.Via.INITIALISM
                        || key.equals(entry.key())
                        || significant(query).equals(significant(entry.words()));
                TrustMatch match = new TrustMatch(entry.organisation(), entry.text(), entry.via(), score, whole);
                best.merge(entry.organisation().code(), match, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        return best.values().stream().sorted(ORDER).limit(limit).toList();
    }

    /** The organisations whose names look most like the text, for "did you mean". */
    public List<TrustMatch> suggest(String input, int limit) {
        String[] query = query(input);
        if (query.length == 0) {
            return List.of();
        }
        String key = String.join(" ", query);
        Map<String, TrustMatch> best = new LinkedHashMap<>();
        for (NameEntry entry : entries) {
            if (entry.via() == TrustMatch.Via.INITIALISM) {
                // Three letters look like many others; a mistyped initialism is not a clue to the trust.
                continue;
            }
            double likeness = likeness(key, query, entry);
            if (likeness >= SIMILAR_ENOUGH) {
                int score = (int) Math.round(likeness * 1000);
                TrustMatch match = new TrustMatch(entry.organisation(), entry.text(), entry.via(), score, false);
                best.merge(entry.organisation().code(), match, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        List<TrustMatch> sorted = best.values().stream().sorted(ORDER).toList();
        int floor = sorted.isEmpty() ? 0 : sorted.get(0).score() - CLOSE_TO_BEST;
        return sorted.stream().filter(m -> m.score() >= floor).limit(limit).toList();
    }

    private static final Comparator<TrustMatch> ORDER = Comparator.comparingInt(TrustMatch::score)
            .reversed()
            .thenComparing(match -> match.organisation().closed() != null)
            .thenComparing(match -> match.organisation().name());

    /**
     * The words of the text as names are compared, abbreviations expanded. No name in the directory has more than
     * {@link #LONGEST_QUERY_WORDS} words or a word longer than {@link #LONGEST_QUERY_WORD} letters, so text beyond
     * that cannot change which names fit; comparing it with every name would only cost time (seconds, for an option
     * of 6,000 characters).
     */
    private static String[] query(String input) {
        String[] words = NameKey.words(NameKey.of(input));
        String[] out = new String[Math.min(words.length, LONGEST_QUERY_WORDS)];
        for (int i = 0; i < out.length; i++) {
            String word = words[i].length() > LONGEST_QUERY_WORD ? words[i].substring(0, LONGEST_QUERY_WORD) : words[i];
            out[i] = ABBREVIATIONS.getOrDefault(word, word);
        }
        return out;
    }

    private static int score(String key, String[] query, NameEntry entry) {
        if (entry.via() == TrustMatch.Via.INITIALISM) {
            return significant(query).equals(entry.key()) ? EXACT - entry.via().rank() * 10 - entry.penalty() : 0;
        }
        if (key.equals(entry.key())) {
            return EXACT - entry.via().rank() * 10 - entry.penalty();
        }
        return partial(query, entry);
    }

    /** How well the words typed fit part of a name: more for whole words, for the name's first words, for fewer left. */
    private static int partial(String[] query, NameEntry entry) {
        String[] words = entry.words();
        int next = 0;
        int score = PARTIAL + entry.bonus() - entry.penalty();
        int firstMatched = -1;
        for (String q : query) {
            int found = find(words, next, q);
            if (found < 0) {
                if (!FILLER.contains(q)) {
                    return 0;
                }
                score -= 15;
                continue;
            }
            score += words[found].equals(q) ? 25 : 5;
            if (firstMatched < 0) {
                firstMatched = found;
            }
            next = found + 1;
        }
        if (firstMatched < 0) {
            return 0;
        }
        if (firstMatched == entry.firstSignificantWord()) {
            score += 40;
        }
        return score - 3 * entry.significantWordsAfterMatching(query);
    }

    /** The query without its filler words: "the LGI" is matched as "lgi". */
    private static String significant(String[] query) {
        StringBuilder key = new StringBuilder();
        for (String word : query) {
            if (!FILLER.contains(word)) {
                key.append(key.length() == 0 ? "" : " ").append(word);
            }
        }
        return key.toString();
    }

    private static int find(String[] words, int from, String q) {
        for (int i = from; i < words.length; i++) {
            if (words[i].startsWith(q)) {
                return i;
            }
        }
        return -1;
    }

    private double likeness(String key, String[] query, NameEntry entry) {
        double whole = similarity.apply(key, entry.key());
        double total = 0;
        int counted = 0;
        for (String q : query) {
            if (FILLER.contains(q)) {
                continue;
            }
            double bestWord = 0;
            for (String word : entry.words()) {
                bestWord = Math.max(bestWord, similarity.apply(q, word));
            }
            total += bestWord;
            counted++;
        }
        double byWords = counted == 0 ? 0 : total / counted;
        return Math.max(whole, byWords);
    }
}
