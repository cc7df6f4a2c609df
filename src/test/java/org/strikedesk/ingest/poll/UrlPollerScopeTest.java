package org.strikedesk.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.Application;
import org.strikedesk.ReliabilityRecord;
import org.strikedesk.ingest.ImportRoute;
import org.strikedesk.support.MutableClock;
import org.strikedesk.support.TestApplications;
import org.strikedesk.support.TidyCsv;

/**
 * The poller fetches the configured URLs and nothing else: not where a redirect points (on the same server or
 * another), not the sources a fetched file names. Two web servers on this machine record every request they get.
 */
@DisplayName("The URL poller requests only the URLs in its config")
class UrlPollerScopeTest {
    @TempDir
    Path folder;

    private final MutableClock clock = MutableClock.at("2026-01-12T09:00:00Z");
    private RecordingServer server;
    private RecordingServer elsewhere;
    private Map<String, String> configured;
    private Application app;

    @BeforeEach
    void start() throws IOException {
        server = new RecordingServer();
        elsewhere = new RecordingServer();
        configured = new LinkedHashMap<>();
        configured.put("figures", server.url("/synthetic/figures.csv"));
        configured.put("by name", server.urlByName("/synthetic/by-name.csv"));
        configured.put("with a query", server.url("/synthetic/release.csv?edition=2&format=csv"));
        configured.put("moved on this server", server.url("/synthetic/moved.csv"));
        configured.put("moved to another server", server.url("/synthetic/gone.csv"));
        configured.put("failing", server.url("/synthetic/failing.csv"));
        publish();
        app = TestApplications.open(folder, clock, settings());
    }

    /** What each address answers; what a redirect points to would be served too, were it asked for. */
    private void publish() {
        // The file names sources on both servers: a source is recorded, never fetched.
        server.serve(
                "/synthetic/figures.csv", csv("RAJ", 21, server.url("/synthetic/article") + "?from=figures"), "\"v1\"");
        server.serve("/synthetic/by-name.csv", csv("RGT", 22, elsewhere.url("/synthetic/article")), "\"v1\"");
        server.serve(
                "/synthetic/release.csv?edition=2&format=csv",
                "synthetic, not figures\n".getBytes(StandardCharsets.UTF_8),
                null);
        server.redirect("/synthetic/moved.csv", 302, "/synthetic/new-home.csv");
        server.serve("/synthetic/new-home.csv", csv("RWH", 23, server.url("/synthetic/article")), null);
        server.redirect("/synthetic/gone.csv", 301, elsewhere.url("/synthetic/figures.csv"));
        elsewhere.serve("/synthetic/figures.csv", csv("RAE", 24, elsewhere.url("/synthetic/article")), null);
        server.fail("/synthetic/failing.csv", 503);
    }

    private static byte[] csv(String org, int value, String source) {
        return TidyCsv.citing(source)
                .row("2023-04-junior-doctors," + org + ",2023-04-11,inpatient_rescheduled," + value)
                .bytes();
    }

    private String settings() {
        String polls = configured.values().stream()
                .map(url -> "{\"url\": \"" + url + "\", \"every\": \"PT1H\"}")
                .collect(Collectors.joining(", "));
        return "{\"ingest\": {\"maxFileBytes\": 65536, \"poll\": [" + polls + "]}}";
    }

    @AfterEach
    void stop() {
        app.close();
        server.close();
        elsewhere.close();
    }

    @Test
    @DisplayName("over five hours of polling, every request is for a configured URL, and redirects are not followed")
    void onlyConfiguredUrls() {
        // WHEN the poller runs on the hour, and again after three hours' quiet
        for (Duration step : List.of(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(3))) {
            clock.advance(step);
            app.poller().pollDue();
        }

        // THEN each request was for a configured URL, by its own host and port
        List<RecordingServer.Request> requests = server.requests();
        List<String> asked =
                requests.stream().map(r -> "http://" + r.host() + r.target()).toList();
        long unconfigured =
                asked.stream().filter(url -> !configured.containsValue(url)).count()
                        + elsewhere.requests().size();
        ReliabilityRecord.write(
                "poll-requests",
                Map.of(
                        "urlsConfigured",
                        configured.size(),
                        "urlsRequested",
                        requests.size() + elsewhere.requests().size(),
                        "unconfigured",
                        unconfigured));
        assertThat(asked)
                .as("requests to the server")
                .allSatisfy(url -> assertThat(configured).containsValue(url));
        assertThat(requests).extracting(RecordingServer.Request::method).containsOnly("GET");
        assertThat(elsewhere.requests()).as("requests to the other server").isEmpty();
        // AND each URL was asked as often as its schedule says: hourly, or backing off (1 h, then 2 h) after failures
        Map<String, Long> perUrl = asked.stream().collect(Collectors.groupingBy(url -> url, Collectors.counting()));
        assertThat(perUrl)
                .containsEntry(configured.get("figures"), 4L)
                .containsEntry(configured.get("by name"), 4L)
                .containsEntry(configured.get("with a query"), 4L)
                .containsEntry(configured.get("moved on this server"), 3L)
                .containsEntry(configured.get("moved to another server"), 3L)
                .containsEntry(configured.get("failing"), 3L);
        // AND a redirect is reported for a person to act on, not followed
        assertThat(state("moved on this server").failureReason())
                .isEqualTo("HTTP 302: it moved to /synthetic/new-home.csv; StrikeDesk fetches only the address"
                        + " configured, so put the new one in ingest.poll");
        assertThat(state("moved to another server").failureReason())
                .startsWith("HTTP 301: it moved to " + elsewhere.url("/synthetic/figures.csv"));
        assertThat(app.history().latest(100))
                .filteredOn(record -> record.arrival().route() == ImportRoute.URL)
                .extracting(record -> URI.create(record.arrival().by()).getPath())
                .containsOnly("/synthetic/figures.csv", "/synthetic/by-name.csv", "/synthetic/release.csv");
    }

    private PollState state(String which) {
        return app.poller().states().stream()
                .filter(state -> state.url().equals(configured.get(which)))
                .findFirst()
                .orElseThrow();
    }
}
