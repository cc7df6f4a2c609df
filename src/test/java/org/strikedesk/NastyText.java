package org.strikedesk;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Text people (or their keyboards, clipboards and scripts) may type into an option: mentions, markdown, SQL and
 * paths, odd Unicode, control characters, numbers far out of range, and all of it up to Discord's 6,000 characters.
 */
public final class NastyText {
    /** Discord's limit on a string option's value. */
    public static final int LONGEST = 6000;

    /** Pieces worth combining: each has broken some parser somewhere. */
    public static final List<String> FRAGMENTS = List.of(
            "@everyone",
            "@here",
            "<@&123>",
            "<@!123>",
            "<@123>",
            "<#123>",
            "<@&1300000000000000210>",
            "**bold**",
            "__under__",
            "`code`",
            "```",
            "||spoiler||",
            "> quote",
            "# Heading",
            "[link](https://example.org/x)",
            "'; DROP TABLE figures; --",
            "\" OR 1=1 --",
            "%_%",
            "../../etc/passwd",
            "C:\\Windows\\System32",
            "/dev/null",
            "${jndi:ldap://example.org/a}",
            "%s%n%d",
            "\u0000",
            "\n",
            "\r\n",
            "\t",
            "\u0007",
            "\u001b[31m",
            "\u202e",
            "\u200b",
            "\ufeff",
            "\ud83d\ude00",
            "\ud83c\udff4\u200d\u2620\ufe0f",
            "e\u0301",
            "\ufb01",
            "\ufdfa",
            "\u0130",
            "\u00df",
            "\uff45\uff4e\uff47\uff4c\uff41\uff4e\uff44",
            "\u0627\u0644\u0639\u0631\u0628\u064a\u0629",
            "ENHT",
            "Lister",
            "england",
            "RWH",
            "april 2023",
            "all",
            "latest",
            "2023-04-junior-doctors",
            "trust:",
            "strike:\"x\"",
            "\"",
            "\\\"",
            "-1",
            "0",
            "2147483648",
            "-9223372036854775809",
            "1e309",
            "NaN",
            "99999999999999999999999999",
            " ",
            "&",
            "<script>alert(1)</script>",
            "<:emoji:123>",
            "\ud800",
            "\udfff");

    private NastyText() {}

    /** Any text, from empty to 6,000 characters. */
    public static Arbitrary<String> any() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, fragments()),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(200)),
                Tuple.of(1, Arbitraries.strings().all().ofMinLength(1000).ofMaxLength(LONGEST)),
                Tuple.of(1, repeated()),
                Tuple.of(1, numbers()));
    }

    /** Up to a dozen fragments, with or without spaces between them. */
    public static Arbitrary<String> fragments() {
        return Arbitraries.of(FRAGMENTS)
                .list()
                .ofMaxSize(12)
                .flatMap(parts -> Arbitraries.of("", " ").map(gap -> String.join(gap, parts)));
    }

    /** One fragment (or a word) repeated up to the limit: the longest inputs are the expensive ones. */
    static Arbitrary<String> repeated() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(FRAGMENTS).map(f -> f + " "), Arbitraries.of("a ", "lister ", "x", "nhs trust "));
        return piece.flatMap(
                p -> Arbitraries.integers().between(1, LONGEST / p.length()).map(times -> p.repeat(times)));
    }

    /** Numbers as text, in and far out of any integer's range. */
    static Arbitrary<String> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.bigIntegers()
                        .between(java.math.BigInteger.TEN.pow(30).negate(), java.math.BigInteger.TEN.pow(30))
                        .map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf));
    }

    /** A fixed list of the worst cases, tried for every option of every command. */
    public static List<String> edgeCases() {
        List<String> cases = new ArrayList<>(FRAGMENTS);
        cases.add("");
        cases.add(" \t\n ");
        cases.add(String.join(" ", FRAGMENTS));
        cases.add("x".repeat(LONGEST));
        cases.add("a ".repeat(LONGEST / 2));
        cases.add("lister ".repeat(LONGEST / 7));
        cases.add("\ud83d\ude00".repeat(LONGEST / 2));
        cases.add("@everyone ".repeat(LONGEST / 10));
        cases.add("\n".repeat(LONGEST));
        cases.add("e\u0301".repeat(LONGEST / 2));
        cases.add("\ufdfa".repeat(LONGEST));
        cases.add(FRAGMENTS.stream().collect(Collectors.joining("\n")).repeat(8));
        return List.copyOf(cases);
    }

    /** Whether the text holds half of a surrogate pair: such text can only come out of text that held one. */
    public static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
