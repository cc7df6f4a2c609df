package org.strikedesk.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.strikedesk.Application;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.FiguresStore;
import org.strikedesk.ingest.ImportRoute;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.MutableClock;
import org.strikedesk.support.SyntheticWorkbook;
import org.strikedesk.support.TestApplications;

@DisplayName("Polling a URL for new figures (against a web server on this machine)")
class UrlPollerTest {
    private static final String PATH = "/synthetic/daily-trust-figures.xlsx";

    @TempDir
    Path folder;

    private final MutableClock clock = MutableClock.at("2026-01-12T09:00:00Z");
    private SyntheticServer server;
    private Application app;
    private ListAppender<ILoggingEvent> logged;

    @BeforeEach
    void start() throws IOException {
        server = new SyntheticServer();
        app = TestApplications.open(
                folder,
                clock,
                "{\"ingest\": {\"maxFileBytes\": 65536, \"poll\": [{\"url\": \"" + server.url(PATH)
                        + "\", \"every\": \"PT1H\"}]}}");
        logged = new ListAppender<>();
        logged.start();
        // Another test may have quietened the root logger (as the console commands do); this one counts INFO.
        pollerLog().setLevel(Level.DEBUG);
        pollerLog().addAppender(logged);
    }

    private static Logger pollerLog() {
        return (Logger) LoggerFactory.getLogger(UrlPoller.class);
    }

    @AfterEach
    void stop() {
        pollerLog().detachAppender(logged);
        pollerLog().setLevel(null);
        app.close();
        server.close();
    }

    /** A wide workbook whose source line names no URL, so the polled URL is the source. */
    private static byte[] workbook(int inpatients) {
        return SyntheticWorkbook.create()
                .sheet("Trusts")
                .row("Synthetic test data for polling")
                .row("Source: see the address this file was fetched from")
                .row("Region", "Code", "Name", "11/04/2023 Inpatient", "11/04/2023 Outpatient")
                .row("Y61", "RAJ", "Synthetic trust", inpatients, 30)
                .bytes();
    }

    private PollState state() {
        return app.poller().states().get(0);
    }

    private int imports() {
        return app.history().latest(1000).size();
    }

    private String status() {
        Reply reply = app.commands().handle(CommandRequest.of("status", Map.of(), Invoker.CONSOLE));
        return reply.fields().stream().map(f -> f.name() + ": " + f.value()).reduce("", (a, b) -> a + "\n" + b);
    }

    private List<Figure> inpatients() {
        return new FiguresStore(app.database())
                .figures("RAJ", "2023-04-junior-doctors").stream()
                        .filter(f -> LocalDate.of(2023, 4, 11).equals(f.day()))
                        .filter(f -> f.metric().id().equals("inpatient_rescheduled"))
                        .toList();
    }

    @Test
    @DisplayName("the first fetch imports, with the URL as source; 304 imports nothing; changed content imports")
    void conditionalFetches() {
        server.publish(workbook(12), "v1");

        app.poller().pollDue();
        assertThat(inpatients()).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo(12);
            assertThat(f.source()).isEqualTo(server.url(PATH));
        });
        assertThat(app.history().latest(1).get(0))
                .satisfies(r -> assertThat(r.arrival().route()).isEqualTo(ImportRoute.URL))
                .satisfies(r -> assertThat(r.arrival().by()).isEqualTo(server.url(PATH)))
                .satisfies(r -> assertThat(r.arrival().file()).isEqualTo("daily-trust-figures.xlsx"));
        int afterFirst = imports();

        clock.advance(Duration.ofMinutes(59));
        app.poller().pollDue();
        assertThat(server.requests()).as("not due yet").hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        app.poller().pollDue();
        assertThat(server.requests().get(1).ifNoneMatch()).isEqualTo("\"v1\"");
        assertThat(state().lastResult()).isEqualTo("not modified");
        assertThat(imports()).isEqualTo(afterFirst);

        server.publish(workbook(15), "v2");
        clock.advance(Duration.ofHours(1));
        app.poller().pollDue();
        assertThat(inpatients())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo(15));
        assertThat(state().lastResult()).isEqualTo("imported: 0 added, 1 revised");
    }

    @Test
    @DisplayName("the same content under a new ETag is recognised by its checksum and not imported again")
    void sameChecksum() {
        byte[] content = workbook(12);
        server.publish(content, "v1");
        app.poller().pollDue();
        int afterFirst = imports();

        server.publish(content.clone(), "v1-again");
        clock.advance(Duration.ofHours(1));
        app.poller().pollDue();

        assertThat(server.requests()).hasSize(2);
        assertThat(imports()).isEqualTo(afterFirst);
        assertThat(state().lastResult()).isEqualTo("unchanged since last fetched");
    }

    @Test
    @DisplayName("a server error backs off, shows in /status and is logged once; recovery clears it")
    void backoffAndRecovery() {
        server.publish(workbook(12), "v1");
        app.poller().pollDue();

        server.failWith(500);
        clock.advance(Duration.ofHours(1));
        app.poller().pollDue();
        assertThat(state().failures()).isEqualTo(1);
        assertThat(state().nextAttempt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
        assertThat(status()).contains("Failing since 12 January 2026, 10:00 (1 attempt): HTTP 500.");

        clock.advance(Duration.ofHours(1));
        app.poller().pollDue();
        assertThat(state().failures()).isEqualTo(2);
        assertThat(state().nextAttempt()).isEqualTo(clock.instant().plus(Duration.ofHours(2)));

        int requests = server.requests().size();
        clock.advance(Duration.ofHours(1));
        app.poller().pollDue();
        assertThat(server.requests()).as("backing off: not due yet").hasSize(requests);

        clock.advance(Duration.ofHours(1));
        app.poller().pollDue();
        assertThat(state().failures()).isEqualTo(3);
        assertThat(status()).contains("(3 attempts in a row): HTTP 500.", "Next attempt in 4 hours");
        assertThat(warnings()).hasSize(1);

        server.publish(workbook(12), "v1");
        clock.advance(Duration.ofHours(4));
        app.poller().pollDue();
        assertThat(state().failing()).isFalse();
        assertThat(status()).doesNotContain("Failing").contains("Last success 0 minutes ago");
        assertThat(logged.list)
                .filteredOn(e -> e.getLevel() == Level.INFO)
                .extracting(ILoggingEvent::getFormattedMessage)
                .contains("Polling " + server.url(PATH) + " works again after 3 failed attempts");
        assertThat(warnings()).hasSize(1);
    }

    @Test
    @DisplayName("the wait between failed attempts doubles from the interval, up to the cap")
    void backoffSchedule() {
        UrlPoller poller = app.poller();
        Duration hour = Duration.ofHours(1);
        assertThat(List.of(1, 2, 3, 4, 5, 10).stream().map(n -> poller.backoff(hour, n)))
                .containsExactly(
                        hour,
                        hour.multipliedBy(2),
                        hour.multipliedBy(4),
                        hour.multipliedBy(6),
                        hour.multipliedBy(6),
                        hour.multipliedBy(6));
        assertThat(poller.backoff(Duration.ofHours(12), 3)).isEqualTo(Duration.ofHours(12));
    }

    @Test
    @DisplayName("a redirect is not followed: only configured URLs are fetched")
    void noRedirects() {
        server.redirectTo(server.url("/elsewhere.xlsx"));

        app.poller().pollDue();

        assertThat(server.requests()).extracting(SyntheticServer.Request::path).containsExactly(PATH);
        assertThat(state().failureReason()).startsWith("HTTP 302: it moved to " + server.url("/elsewhere.xlsx"));
    }

    @Test
    @DisplayName("a file over the size limit is not downloaded whole, and fails")
    void tooLarge() {
        server.publish(new byte[100_000], "big");
        int before = imports();

        app.poller().pollDue();

        assertThat(state().failureReason())
                .isEqualTo("the file is 98 KB; StrikeDesk takes files up to 64 KB (ingest.maxFileBytes)");
        assertThat(imports()).isEqualTo(before);
    }

    @Test
    @DisplayName("a file the server offers that is rejected is not fetched into the store, and says why")
    void rejected() {
        server.publish("not figures".getBytes(java.nio.charset.StandardCharsets.UTF_8), "junk");

        app.poller().pollDue();

        assertThat(state().failing()).isFalse();
        assertThat(state().lastResult()).startsWith("rejected (1 errors; the first: daily-trust-figures.xlsx:");
        assertThat(app.history().latest(1).get(0).outcome().id()).isEqualTo("rejected");
    }

    @Test
    @DisplayName("started, it polls on its own thread until stopped")
    void startAndStop() {
        server.publish(workbook(12), "v1");

        app.poller().start();
        await().atMost(Duration.ofSeconds(10)).until(() -> state().lastSuccess() != null);
        app.poller().stop();

        assertThat(server.requests()).hasSize(1);
        assertThat(inpatients())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo(12));
    }

    private List<ILoggingEvent> warnings() {
        return logged.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
    }
}
