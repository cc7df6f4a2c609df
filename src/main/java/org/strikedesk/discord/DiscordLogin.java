package org.strikedesk.discord;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import dev.failsafe.function.CheckedSupplier;
import java.io.IOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import net.dv8tion.jda.api.exceptions.ContextException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first login, tried until Discord answers. JDA reconnects by itself once it has logged in, but a login that
 * fails (Discord unreachable at start) ends with an exception. So before each login Discord's REST address is asked
 * for the gateway ({@code GET /gateway}, which needs no token), and while that cannot be reached the attempt is
 * repeated: after 2 seconds, then twice as long each time, up to 2 minutes, with one log line per attempt. A token
 * Discord refuses is not tried again.
 */
final class DiscordLogin {
    private static final Logger log = LoggerFactory.getLogger(DiscordLogin.class);
    private static final Duration FIRST_WAIT = Duration.ofSeconds(2);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(2);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

    private DiscordLogin() {}

    /** Runs {@code login} once Discord answers at {@code api}; gives up only on a refused token or an interrupt. */
    static <T> T until(URI api, CheckedSupplier<T> login) throws InterruptedException {
        RetryPolicy<T> policy = RetryPolicy.<T>builder()
                .handle(IOException.class, RuntimeException.class)
                .abortOn(InvalidTokenException.class)
                .withBackoff(FIRST_WAIT, LONGEST_WAIT)
                .withMaxRetries(-1)
                .onRetryScheduled(retry -> log.warn(
                        "Cannot reach Discord at {} ({}); trying again in {} s (attempt {} failed)",
                        api.getHost(),
                        reason(retry.getLastException()),
                        retry.getDelay().toSeconds(),
                        retry.getAttemptCount()))
                .build();
        try {
            return Failsafe.with(policy).get(() -> {
                probe(api);
                return login.get();
            });
        } catch (FailsafeException e) {
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw e;
        }
    }

    /**
     * Throws unless Discord's REST address answers; a server error (Discord down) counts as no answer. Asked with the
     * JDK's plain {@link HttpURLConnection}: the bot keeps no client of its own for one request at start (JDA has its
     * own), and one made with {@code java.net.http} would keep its selector thread and classes for the bot's life.
     */
    private static void probe(URI api) throws IOException {
        HttpURLConnection connection =
                (HttpURLConnection) api.resolve("gateway").toURL().openConnection();
        try {
            connection.setConnectTimeout((int) PROBE_TIMEOUT.toMillis());
            connection.setReadTimeout((int) PROBE_TIMEOUT.toMillis());
            connection.setInstanceFollowRedirects(false);
            int status = connection.getResponseCode();
            if (status >= 500) {
                throw new IOException("Discord answered HTTP " + status);
            }
        } finally {
            connection.disconnect();
        }
    }

    /** Why an attempt failed, in words: the network's fault by name, else the first cause that says something. */
    private static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return "no address for " + cause.getMessage();
            }
            if (cause instanceof SocketTimeoutException) {
                return "no answer within " + PROBE_TIMEOUT.toSeconds() + " s";
            }
            if (cause instanceof ConnectException) {
                return "the connection was refused";
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // JDA adds the call site as a cause that says nothing of the failure.
            if (!(cause instanceof ContextException)
                    && cause.getMessage() != null
                    && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }
}
