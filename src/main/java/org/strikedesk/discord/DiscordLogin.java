package org.strikedesk.discord;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import dev.failsafe.function.CheckedSupplier;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
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
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
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
                probe(client, api);
                return login.get();
            });
        } catch (FailsafeException e) {
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw e;
        }
    }

    /** Throws unless Discord's REST address answers; a server error (Discord down) counts as no answer. */
    private static void probe(HttpClient client, URI api) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(api.resolve("gateway"))
                .timeout(PROBE_TIMEOUT)
                .GET()
                .build();
        int status =
                client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status >= 500) {
            throw new IOException("Discord answered HTTP " + status);
        }
    }

    /** Why an attempt failed, in words: the network's fault by name, else the first cause that says something. */
    private static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return "no address for " + cause.getMessage();
            }
            if (cause instanceof HttpTimeoutException) {
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
