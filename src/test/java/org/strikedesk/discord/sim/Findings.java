package org.strikedesk.discord.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects rule violations and requests the simulator had no route for. Both make a test fail
 * (see {@link DiscordSimulatorExtension}) unless the test takes them as expected.
 */
final class Findings {
    private final List<Violation> violations = new ArrayList<>();
    private final List<String> unhandled = new ArrayList<>();

    synchronized void violation(String rule, String detail, String request) {
        violations.add(new Violation(rule, detail, request, Instant.now()));
    }

    /**
     * Records every breach as a violation and returns the answer Discord would give if one of them
     * makes Discord refuse the request (empty when the request goes through).
     */
    Optional<SimResponse> refuse(SimRequest request, List<DiscordRules.Breach> breaches) {
        breaches.forEach(b -> violation(b.rule(), b.detail(), request.describe()));
        return breaches.stream()
                .filter(DiscordRules.Breach::rejected)
                .findFirst()
                .map(b -> DiscordRules.EMPTY_MESSAGE.equals(b.rule())
                        ? SimResponse.error(400, 50006, "Cannot send an empty message")
                        : SimResponse.invalidForm(b.detail()));
    }

    synchronized void unhandled(String request) {
        unhandled.add(request);
    }

    synchronized List<Violation> violations() {
        return List.copyOf(violations);
    }

    synchronized List<String> unhandled() {
        return List.copyOf(unhandled);
    }

    synchronized List<Violation> takeViolations() {
        List<Violation> taken = List.copyOf(violations);
        violations.clear();
        return taken;
    }

    synchronized List<String> takeUnhandled() {
        List<String> taken = List.copyOf(unhandled);
        unhandled.clear();
        return taken;
    }

    /** A readable summary for assertion messages, or null when there is nothing to report. */
    synchronized String describe() {
        if (violations.isEmpty() && unhandled.isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        violations.forEach(v -> lines.add("violation " + v));
        unhandled.forEach(u -> lines.add("unhandled route " + u));
        return "The Discord simulator recorded problems:\n  " + String.join("\n  ", lines);
    }
}
