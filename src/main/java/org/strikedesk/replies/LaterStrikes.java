package org.strikedesk.replies;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.strikedesk.figures.Strike;
import org.strikedesk.trusts.Organisation;

/**
 * The sentence that goes with the latest strike an organisation has figures for, when the calendar has later
 * strikes: that StrikeDesk holds none for them, naming the newest few and counting the rest. Strikes after a trust
 * closed are not its to have figures for, and are left out.
 */
public final class LaterStrikes {
    /** How many later strikes are named before the rest are counted. */
    static final int NAMED = 3;

    private LaterStrikes() {}

    /**
     * "StrikeDesk holds no figures for England in the later resident doctors' strike of 14–18 November 2025.", or
     * nothing when there is no later strike.
     *
     * @param org what the figures are for
     * @param what what it holds none of: "figures", "staff figures"
     * @param later the strikes after the one shown, oldest first
     */
    public static Optional<String> note(Organisation org, String what, List<Strike> later) {
        List<Strike> whileOpen = new ArrayList<>(later.stream()
                .filter(strike -> org.closed() == null || org.closed().isAfter(strike.firstDay()))
                .toList());
        boolean closedSince = whileOpen.size() < later.size();
        String closed = closedSince ? HouseStyle.subject(org) + " closed on " + HouseStyle.date(org.closed()) : "";
        if (whileOpen.isEmpty()) {
            return closedSince ? Optional.of(closed + ", before the later strikes.") : Optional.empty();
        }
        Collections.reverse(whileOpen);
        String which = whileOpen.size() == 1
                ? "the later " + describe(whileOpen.get(0))
                : "the " + HouseStyle.count(whileOpen.size()) + " later strikes: " + listed(whileOpen);
        String sentence = "StrikeDesk holds no " + what + " for " + HouseStyle.subject(org) + " in " + which + ".";
        return Optional.of(closedSince ? sentence + " It closed on " + HouseStyle.date(org.closed()) + "." : sentence);
    }

    private static String listed(List<Strike> newestFirst) {
        List<String> parts = new ArrayList<>();
        newestFirst.stream().limit(NAMED).forEach(strike -> parts.add("the " + describe(strike)));
        if (newestFirst.size() > NAMED) {
            parts.add(HouseStyle.count(newestFirst.size() - NAMED) + " more");
        }
        return HouseStyle.list(parts);
    }

    private static String describe(Strike strike) {
        return strike.name() + " of " + HouseStyle.days(strike.days());
    }
}
