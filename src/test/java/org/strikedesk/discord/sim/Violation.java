package org.strikedesk.discord.sim;

import java.time.Instant;

/**
 * A breach of one of Discord's documented rules by the bot, e.g. an acknowledgement after three
 * seconds or a message allowing mentions.
 *
 * @param rule a stable rule name from {@link DiscordRules} such as {@code allowed-mentions}
 * @param detail what exactly was wrong
 * @param request the offending request, as {@code METHOD path}
 */
public record Violation(String rule, String detail, String request, Instant at) {
    @Override
    public String toString() {
        return rule + ": " + detail + " (" + request + ")";
    }
}
