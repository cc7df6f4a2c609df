package org.strikedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;

/**
 * A URL StrikeDesk checks for new figures. Only URLs listed in the config are ever fetched; they must be https,
 * except on this machine (http://127.0.0.1 or http://localhost), which is for testing.
 *
 * @param url the file's address
 * @param every how often to check it (at least a minute)
 */
public record PollConfig(URI url, Duration every) {
    public static final Duration DEFAULT_EVERY = Duration.ofHours(1);
    static final Duration MIN_EVERY = Duration.ofMinutes(1);

    public PollConfig {
        if (url == null) {
            throw new ConfigException("ingest.poll: every entry needs a \"url\"");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (url.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new ConfigException("ingest.poll.url: \"" + url + "\" is not a web address");
        }
        if (scheme.equals("http") && !isLoopback(url.getHost())) {
            throw new ConfigException("ingest.poll.url: \"" + url + "\" must use https:// (http:// is allowed only"
                    + " on this machine, 127.0.0.1 or localhost)");
        }
        if (url.getRawUserInfo() != null) {
            throw new ConfigException("ingest.poll.url: \"" + url.getHost() + "\" carries a user name or password;"
                    + " config files are not for secrets");
        }
        Durations.atLeast("ingest.poll.every", every, MIN_EVERY);
    }

    @JsonCreator
    static PollConfig of(@JsonProperty("url") String url, @JsonProperty("every") String every) {
        return new PollConfig(uri(url), Durations.parse("ingest.poll.every", every, DEFAULT_EVERY));
    }

    private static URI uri(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new ConfigException("ingest.poll.url: \"" + text + "\" is not a web address (" + e.getReason() + ")");
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]");
    }
}
