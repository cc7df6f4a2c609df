package org.strikedesk.commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.strikedesk.reference.Reference;
import org.strikedesk.replies.Ellipsis;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Inline;
import org.strikedesk.replies.ReadAs;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.NameKey;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.Region;
import org.strikedesk.trusts.Resolution;
import org.strikedesk.trusts.TrustMatch;

/**
 * Reads the trust, region and number options figures commands share, with "did you mean" for what is unknown.
 * Strike options are read by {@link StrikeSelection}, which knows which strikes have figures.
 */
public final class Lookups {
    /** How many trusts an ambiguous name lists before saying how many more fit. */
    static final int TRUSTS_LISTED = 5;

    private final Reference reference;

    public Lookups(Reference reference) {
        this.reference = reference;
    }

    /** The organisation a trust option names. */
    public Lookup<Organisation> organisation(CommandRequest request, String option) {
        String text = request.option(option).orElse("");
        if (text.isEmpty()) {
            return new Lookup.Failed<>(Reply.question(
                    "Which trust?",
                    "Give a trust: its code (RWH), a name people use"
                            + " (ENHT), a hospital (Lister) or part of its name; or england for the national total."));
        }
        Resolution resolution = reference.trusts().resolve(text);
        if (resolution instanceof Resolution.Found found) {
            return new Lookup.Found<>(found.organisation());
        }
        if (resolution instanceof Resolution.NotFound missing) {
            return new Lookup.Failed<>(withMenu(notFound(missing), option, missing.suggestions()));
        }
        if (resolution instanceof Resolution.OutOfScope outside) {
            return new Lookup.Failed<>(Reply.error("Not in England", outside.explanation()));
        }
        throw new IllegalStateException("a resolution of an unknown kind: " + resolution);
    }

    private static Reply notFound(Resolution.NotFound missing) {
        String quoted = "\"" + Ellipsis.clip(missing.input(), 80) + "\"";
        if (missing.ambiguous()) {
            List<TrustMatch> all = missing.suggestions();
            return Reply.question(
                    "Which trust?",
                    quoted + " could mean:\n"
                            + lines(all.stream().limit(TRUSTS_LISTED).toList())
                            + more(all.size() - TRUSTS_LISTED) + "\nUse the code to be sure, e.g. trust:"
                            + all.get(0).organisation().code());
        }
        if (missing.suggestions().isEmpty()) {
            return Reply.error(
                    "No trust found",
                    "No trust matches " + quoted + ". Try its ODS code (such as RWH),"
                            + " a hospital's name, or part of the trust's name; " + Inline.command("trust")
                            + " trust: searches the directory.");
        }
        return Reply.error(
                "No trust found", "No trust matches " + quoted + ". Did you mean:\n" + lines(missing.suggestions()));
    }

    /**
     * The reply with a menu of these trusts, each of which re-runs the command for it; the text keeps its list, which
     * the console shows.
     */
    private static Reply withMenu(Reply reply, String option, List<TrustMatch> matches) {
        if (matches.isEmpty()) {
            return reply;
        }
        List<Reply.Option> options = matches.stream()
                .map(m -> new Reply.Option(
                        Ellipsis.shorten(
                                m.organisation().displayName() + " ("
                                        + m.organisation().code() + ")",
                                Reply.Option.MAX_LENGTH),
                        Ellipsis.shorten(describe(m), Reply.Option.MAX_LENGTH),
                        m.organisation().code()))
                .collect(Collectors.toMap(Reply.Option::value, o -> o, (first, later) -> first, LinkedHashMap::new))
                .values()
                .stream()
                .toList();
        return reply.toBuilder()
                .menu(Rerun.menu(option, "Pick a trust", options))
                .build();
    }

    /** "\nand 12 more", or nothing when no more are left out. */
    static String more(int leftOut) {
        return leftOut > 0 ? "\nand " + leftOut + " more" : "";
    }

    private static String lines(List<TrustMatch> matches) {
        return matches.stream().map(m -> "\u2022 " + describe(m)).collect(Collectors.joining("\n"));
    }

    /** "Lister Hospital: East and North Hertfordshire NHS Trust (RWH)". */
    public static String describe(TrustMatch match) {
        Organisation org = match.organisation();
        String name = org.displayName() + " (" + org.code() + ")";
        if (org.closed() != null) {
            name += ", closed " + HouseStyle.date(org.closed());
        }
        return switch (match.via()) {
            case SITE, ALIAS, INITIALISM -> match.matched() + ": " + name;
            default -> name;
        };
    }

    /**
     * The reply with a line for each trust option the request gave as a hospital, initials or part of a name, saying
     * which trust it was read as and how (see {@link ReadAs}); a code, an official name or a newsroom's name says
     * nothing.
     */
    public Reply readAs(CommandRequest request, Reply reply) {
        List<String> lines = new ArrayList<>();
        for (String option : List.of(Options.TRUST, Options.OTHER)) {
            Optional<String> text = request.option(option).filter(value -> !value.isBlank());
            if (text.isPresent() && reference.trusts().resolve(text.get()) instanceof Resolution.Found found) {
                ReadAs.line(text.get(), found.match()).ifPresent(lines::add);
            }
        }
        return ReadAs.noted(reply, lines);
    }

    /**
     * The region a region option names, by code ({@code Y56}) or name ({@code London}); empty for England as a
     * whole, which is also what leaving it out means.
     */
    public Lookup<Optional<Region>> region(CommandRequest request, String option) {
        String text = request.option(option).orElse("");
        String key = NameKey.of(text);
        if (key.isEmpty() || key.equals("england") || key.equals("eng") || key.equals("all")) {
            return new Lookup.Found<>(Optional.empty());
        }
        for (Region region : Region.values()) {
            if (region.inEngland()
                    && (region.code().equalsIgnoreCase(text.strip())
                            || NameKey.of(region.displayName()).equals(key))) {
                return new Lookup.Found<>(Optional.of(region));
            }
        }
        List<Region> partial = Arrays.stream(Region.values())
                .filter(region ->
                        region.inEngland() && NameKey.of(region.displayName()).contains(key))
                .toList();
        if (partial.size() == 1) {
            return new Lookup.Found<>(Optional.of(partial.get(0)));
        }
        return new Lookup.Failed<>(Reply.error(
                "No region found",
                "No NHS England region matches \"" + Ellipsis.clip(text, 60) + "\". The regions are:\n"
                        + Arrays.stream(Region.values())
                                .filter(Region::inEngland)
                                .map(r -> "\u2022 " + r.displayName() + " (" + r.code() + ")")
                                .collect(Collectors.joining("\n"))));
    }

    /** A whole-number option from {@code min} to {@code max}, or {@code fallback} when it is left out. */
    public static Lookup<Integer> number(CommandRequest request, String option, int min, int max, int fallback) {
        Optional<String> text = request.option(option);
        if (text.isEmpty()) {
            return new Lookup.Found<>(fallback);
        }
        try {
            int value = Integer.parseInt(text.get().replace(",", ""));
            if (value >= min && value <= max) {
                return new Lookup.Found<>(value);
            }
        } catch (NumberFormatException e) {
            // explained below, with the rest of the out-of-range cases
        }
        return new Lookup.Failed<>(Reply.error(
                "Out of range",
                option + ": must be a whole number from " + min + " to " + max + ", not \""
                        + Ellipsis.clip(text.get(), 20) + "\"."));
    }
}
