package org.strikedesk.discord.sim;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.awaitility.Awaitility;

/** Deadline-bound polling for conditions the bot brings about asynchronously. */
public final class Waits {
    private Waits() {}

    /** Polls until the supplier yields a value, failing with {@code what} in the message after {@code timeout}. */
    public static <T> T until(String what, Duration timeout, Supplier<Optional<T>> probe) {
        return Awaitility.await(what)
                .atMost(timeout)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(10))
                .until(probe::get, Optional::isPresent)
                .orElseThrow();
    }
}
