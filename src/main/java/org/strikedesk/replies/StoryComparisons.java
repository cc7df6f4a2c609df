package org.strikedesk.replies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.strikedesk.figures.Amount;
import org.strikedesk.figures.Ranking;
import org.strikedesk.figures.RunningTotal;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.trusts.Organisation;

/**
 * The paragraphs of a story that set the subject against others: its region and England, its other strikes, and
 * England's running total after the strike. See {@link StoryWriter}.
 */
final class StoryComparisons {
    private final HouseStyle style;

    StoryComparisons(HouseStyle style) {
        this.style = style;
    }

    /** The subject against its region and England: ranks among those with a published count, and the share. */
    Optional<String> comparison(StoryFacts facts) {
        Organisation org = facts.subject().org();
        if (org.isEngland() || facts.subject().figures().acute().isEmpty()) {
            return Optional.empty();
        }
        String count = facts.subject().figures().acute().get().partial() ? "Its partial count" : "Its count";
        String what = org.isTrust() ? "trust" : "region";
        Optional<Ranking.Standing> peers = Ranking.standing(facts.comparison().peers(), org.code());
        List<String> sentences = new ArrayList<>();
        if (org.isTrust() && peers.filter(Ranking.Standing::alone).isEmpty()) {
            Ranking.standing(facts.comparison().region(), org.code())
                    .ifPresent(region -> sentences.add(
                            region.alone()
                                    ? "It was the only trust " + inRegion(org) + " with a published count for the"
                                            + " strike."
                                    : count + " was " + place(region) + " of the " + HouseStyle.count(region.of())
                                            + " trusts " + inRegion(org) + " with a published count for the strike."));
        }
        String among = peers.map(standing -> standing.alone()
                        ? "It was the only " + what + " in England with a published count for the strike"
                        : "Across England, it was " + place(standing) + " of the " + HouseStyle.count(standing.of())
                                + " " + what + "s with a published count")
                .orElse("");
        Optional<String> share = shareClause(facts);
        if (share.isPresent()) {
            sentences.add(among.isEmpty() ? count + " was " + share.get() + "." : among + ", and " + share.get() + ".");
        } else {
            if (!among.isEmpty()) {
                sentences.add(among + ".");
            }
            sentences.add(noShare(facts.comparison().england()));
        }
        return Optional.of(String.join(" ", sentences));
    }

    /** "8.1% of England's total of 29,576", "at least 2.0% of ..." for a partial count; empty without a share. */
    Optional<String> shareClause(StoryFacts facts) {
        Optional<Amount> part = facts.subject().figures().acute();
        Optional<Amount> whole = facts.comparison().england().acute();
        if (facts.subject().org().isEngland()
                || part.isEmpty()
                || whole.isEmpty()
                || whole.get().partial()
                || whole.get().value() == 0) {
            return Optional.empty();
        }
        String atLeast = part.get().partial() && part.get().value() > 0 ? "at least " : "";
        return Optional.of(
                atLeast + style.percent(part.get().value(), whole.get().value()) + " of England's total of "
                        + HouseStyle.number(whole.get().value()));
    }

    private static String noShare(StrikeFigures england) {
        Optional<Amount> total = england.acute();
        if (total.isEmpty()) {
            return "No total for England has been published for this strike, so its share cannot be given.";
        }
        return total.get().partial()
                ? "England's published total for this strike is partial, so no share is given."
                : "England's total for this strike was zero, so no share is given.";
    }

    /** The subject across strikes: the sum of its published counts, and the strike with the most. */
    Optional<String> acrossStrikes(StoryFacts facts) {
        Organisation org = facts.subject().org();
        Strike strike = facts.subject().figures().strike();
        List<StrikeFigures> counted = counted(facts.subject().history());
        String verb = " " + style.quoteVerb();
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        if (counted.size() == 1) {
            StrikeFigures only = counted.get(0);
            return Optional.of(
                    only.strike().equals(strike)
                            ? "This is the only strike with a published count for " + StoryParagraphs.shortName(org)
                                    + "."
                            : "The only strike with a published count for " + StoryParagraphs.shortName(org)
                                    + " is the " + StoryParagraphs.describe(only.strike()) + ", when "
                                    + StoryParagraphs.were(only.acute().orElseThrow()) + verb + ".");
        }
        long sum =
                counted.stream().mapToLong(f -> f.acute().orElseThrow().value()).sum();
        boolean partial = counted.stream().anyMatch(f -> f.acute().orElseThrow().partial());
        String atLeast = partial && sum > 0 ? "at least " : "";
        String across = "Across the " + HouseStyle.count(counted.size()) + " strikes with a published count for "
                + StoryParagraphs.shortName(org) + ", ";
        String total = org.isEngland()
                ? across + "the counts add up to " + atLeast + HouseStyle.number(sum)
                        + ": a sum of published counts, not NHS England's own running total."
                : across + atLeast + HouseStyle.appointments(sum) + (sum == 1 ? " has been" : " have been") + verb + " "
                        + StoryParagraphs.whereShort(org) + ".";
        StrikeFigures most = counted.stream()
                .max(Comparator.comparingLong(
                                (StrikeFigures f) -> f.acute().orElseThrow().value())
                        .thenComparing(f -> f.strike().equals(strike)))
                .orElseThrow();
        String worst = most.strike().equals(strike)
                ? " This strike's count was the highest of them."
                : " The most were during the " + StoryParagraphs.describe(most.strike()) + ", when "
                        + StoryParagraphs.were(most.acute().orElseThrow()) + verb + ".";
        return Optional.of(total + worst);
    }

    /** The strike: who struck, when, and England's running total after it. */
    String strike(StoryFacts facts) {
        Strike strike = facts.subject().figures().strike();
        String scope = strike.scope().isEmpty() ? "" : " in " + strike.scope();
        String who = strike.group() + " in the " + HouseStyle.list(strike.unions()) + " went on strike" + scope + " on "
                + HouseStyle.days(strike.days()) + ".";
        return facts.comparison()
                .runningTotal()
                .map(total -> who + " " + runningTotal(total, strike))
                .orElse(who);
    }

    /** NHS England's own running total after the strike, or the sum of its published counts, said as such. */
    private static String runningTotal(RunningTotal total, Strike strike) {
        if (total instanceof RunningTotal.Stated) {
            return QuoteWriter.statedRunningTotal(total.value());
        }
        if (!(total instanceof RunningTotal.Summed summed)) {
            throw new IllegalStateException("a running total of an unknown kind: " + total);
        }
        String atLeast = summed.partial() && summed.value() > 0 ? "at least " : "";
        String noStated = "NHS England stated no running total after this strike; ";
        if (summed.counted().size() > 1) {
            return noStated + "the published counts for England for the "
                    + HouseStyle.count(summed.counted().size()) + " strikes up to and including this strike add up to "
                    + atLeast + HouseStyle.number(summed.value()) + ".";
        }
        Strike only = summed.counted().get(0);
        return noStated
                + (only.equals(strike)
                        ? "this strike's count for England, " + atLeast + HouseStyle.number(summed.value())
                                + ", is the only count published up to it."
                        : "the only count published for England up to it, for the "
                                + StoryParagraphs.describe(only) + ", was " + atLeast
                                + HouseStyle.number(summed.value()) + ".");
    }

    /** The strikes of a history with an acute total, oldest first. */
    static List<StrikeFigures> counted(List<StrikeFigures> history) {
        return history.stream().filter(f -> f.acute().isPresent()).toList();
    }

    /** Where a strike stands among the strikes with a count, by its count; empty when it has none. */
    static Optional<Ranking.Standing> amongStrikes(List<StrikeFigures> counted, Strike strike) {
        Optional<Long> value = counted.stream()
                .filter(f -> f.strike().equals(strike))
                .findFirst()
                .map(f -> f.acute().orElseThrow().value());
        return value.map(v -> new Ranking.Standing(
                1
                        + (int) counted.stream()
                                .filter(f -> f.acute().orElseThrow().value() > v)
                                .count(),
                (int) counted.stream()
                        .filter(f -> f.acute().orElseThrow().value() == v)
                        .count(),
                counted.size()));
    }

    /** "the highest", "the joint second highest", "the 12th highest", "the lowest"; of two, "the higher". */
    static String place(Ranking.Standing standing) {
        String joint = standing.tied() > 1 ? "joint " : "";
        if (standing.of() == 2 && standing.tied() == 1) {
            return standing.rank() == 1 ? "the higher" : "the lower";
        }
        if (standing.rank() == 1) {
            return "the " + joint + "highest";
        }
        if (standing.lowest()) {
            return "the " + joint + "lowest";
        }
        return "the " + joint + HouseStyle.ordinal(standing.rank()) + " highest";
    }

    /** "in the East of England region", for a trust's region. */
    static String inRegion(Organisation trust) {
        return HouseStyle.where(Organisation.of(trust.region()));
    }
}
