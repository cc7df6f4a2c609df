package org.strikedesk.ingest.poll;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.strikedesk.ingest.LimitedCopy;
import org.strikedesk.ingest.errors.Sizes;

/**
 * Fetches one URL conditionally (If-None-Match, If-Modified-Since) into a temporary file, within a time and size
 * limit. It follows no redirects: StrikeDesk fetches only the addresses in its config.
 */
final class Fetcher {
    private static final String USER_AGENT = "StrikeDesk (newsroom figures bot; polls only configured URLs)";

    private final Duration timeout;
    /** Made on the first fetch: making one loads TLS, a tenth of a second that a one-off command need not pay. */
    private @Nullable HttpClient http;

    private final long maxBytes;

    /** What a fetch came to. */
    sealed interface Answer permits NotModified, Downloaded, Failed {}

    /** 304: nothing new. */
    record NotModified(String etag, String lastModified) implements Answer {}

    /** 200: the body, in a temporary file the caller deletes. */
    record Downloaded(Path file, String etag, String lastModified) implements Answer {}

    /** Anything else, said for /status. */
    record Failed(String reason) implements Answer {}

    Fetcher(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /** A client that follows no redirects and gives up connecting after the timeout. */
    private synchronized HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            client = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(timeout)
                    .build();
            http = client;
        }
        return client;
    }

    Answer fetch(URI url, PollState state) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .GET();
        if (state.etag() != null) {
            request.header("If-None-Match", state.etag());
        }
        if (state.lastModified() != null) {
            request.header("If-Modified-Since", state.lastModified());
        }
        try {
            HttpResponse<InputStream> response =
                    http().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                // The request timeout ends with the headers; closing the body at the deadline ends a slow download.
                CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                        .execute(() -> closeQuietly(body));
                return answer(response, body);
            }
        } catch (HttpTimeoutException e) {
            return new Failed("no answer within " + timeout.toSeconds() + " seconds");
        } catch (ConnectException e) {
            return new Failed("could not connect" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        } catch (IOException e) {
            return new Failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed("interrupted");
        }
    }

    private Answer answer(HttpResponse<InputStream> response, InputStream body) throws IOException {
        String etag = response.headers().firstValue("ETag").orElse(null);
        String modified = response.headers().firstValue("Last-Modified").orElse(null);
        int status = response.statusCode();
        if (status == 304) {
            return new NotModified(etag, modified);
        }
        if (status >= 300 && status < 400) {
            String location = response.headers().firstValue("Location").orElse("somewhere not given");
            return new Failed("HTTP " + status + ": it moved to " + location + "; StrikeDesk fetches only the"
                    + " address configured, so put the new one in ingest.poll");
        }
        if (status != 200) {
            return new Failed("HTTP " + status);
        }
        OptionalLong length = response.headers().firstValueAsLong("Content-Length");
        if (length.isPresent() && length.getAsLong() > maxBytes) {
            long size = length.getAsLong();
            return new Failed("the file is " + Sizes.describeBeside(size, maxBytes) + "; StrikeDesk takes files up to "
                    + Sizes.describeBeside(maxBytes, size) + " (ingest.maxFileBytes)");
        }
        try {
            return new Downloaded(LimitedCopy.toTempFile(body, maxBytes, "strikedesk-poll-"), etag, modified);
        } catch (LimitedCopy.TooLarge e) {
            return new Failed(e.getMessage());
        }
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // already closed, or the connection is gone: either way the download is over
        }
    }
}
