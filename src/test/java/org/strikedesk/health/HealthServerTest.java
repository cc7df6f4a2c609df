package org.strikedesk.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.strikedesk.ingest.ImportRecord;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.ingest.ImportRoute;
import org.strikedesk.ingest.poll.PollState;
import org.strikedesk.store.BackupSchedule;
import org.strikedesk.store.StoreException;
import org.strikedesk.store.StoreSummary;

/** The health endpoint over a real socket on this machine, fed by a backend the test sets. */
class HealthServerTest {
    private static final Instant AT = Instant.parse("2026-11-29T14:00:00Z");

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private HealthServer server;

    private record Backend(boolean connected, Supplier<StoreHealth> reader) implements HealthBackend {
        @Override
        public boolean gatewayConnected() {
            return connected;
        }

        @Override
        public StoreHealth store() {
            return reader.get();
        }
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @DisplayName("Connected, with a store that answers: 200 and the last import, posts, failing URLs and backup")
    @Test
    void healthy() throws Exception {
        start(new Backend(true, HealthServerTest::storeHealth));

        HttpResponse<String> response = get("/healthz");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("status").asText()).isEqualTo("ok");
        assertThat(body.path("gateway").asText()).isEqualTo("connected");
        assertThat(body.path("store").asText()).isEqualTo("answering");
        assertThat(body.path("lastImport").path("file").asText()).isEqualTo("synthetic-release.csv");
        assertThat(body.path("lastImport").path("outcome").asText()).isEqualTo("imported");
        assertThat(body.path("lastImport").path("at").asText()).isEqualTo("2026-11-29T14:00:00Z");
        assertThat(body.path("posts").path("waiting").asInt()).isEqualTo(3);
        assertThat(body.path("posts").path("failed").asInt()).isEqualTo(1);
        assertThat(body.path("pollFailing")).hasSize(1);
        assertThat(body.path("pollFailing").get(0).path("url").asText()).isEqualTo("https://example.org/synthetic.csv");
        assertThat(body.path("pollFailing").get(0).path("failures").asInt()).isEqualTo(4);
        assertThat(body.path("pollFailing").get(0).path("reason").asText()).isEqualTo("HTTP 503");
        assertThat(body.path("lastBackup").path("at").asText()).isEqualTo("2026-11-29T14:00:00Z");
    }

    @DisplayName("Not connected to the gateway: 503, with the store still reported")
    @Test
    void disconnected() throws Exception {
        start(new Backend(false, HealthServerTest::storeHealth));

        HttpResponse<String> response = get("/healthz");

        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("status").asText()).isEqualTo("unavailable");
        assertThat(body.path("gateway").asText()).isEqualTo("not connected");
        assertThat(body.path("store").asText()).isEqualTo("answering");
    }

    @DisplayName("A store that does not answer: 503, saying why")
    @Test
    void storeFails() throws Exception {
        start(new Backend(true, () -> {
            throw new StoreException("Cannot read the store: database disk image is malformed", null);
        }));

        HttpResponse<String> response = get("/healthz");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json.readTree(response.body()).path("store").asText())
                .isEqualTo("not answering: Cannot read the store: database disk image is malformed");
    }

    @DisplayName("Other paths are 404 and other methods 405; HEAD answers with the status alone")
    @Test
    void otherRequests() throws Exception {
        start(new Backend(true, HealthServerTest::storeHealth));

        assertThat(get("/").statusCode()).isEqualTo(404);
        assertThat(get("/healthz/../admin").statusCode()).isEqualTo(404);
        HttpResponse<String> post = client.send(
                HttpRequest.newBuilder(uri("/healthz"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        HttpResponse<String> head = client.send(
                HttpRequest.newBuilder(uri("/healthz"))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    private void start(HealthBackend backend) throws IOException {
        server = HealthServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), backend);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }

    private static StoreHealth storeHealth() {
        ImportRecord lastImport = new ImportRecord(
                7,
                new ImportReport.Arrival("synthetic-release.csv", "ab12", ImportRoute.INBOX, "inbox", AT),
                ImportReport.Outcome.IMPORTED,
                new ImportReport.Counts(3, 3, 0, 0, 0),
                ImportRecord.Errors.NONE,
                Optional.empty());
        PollState failing = new PollState(
                "https://example.org/synthetic.csv", null, null, null, AT, null, null, AT, "HTTP 503", 4, AT);
        BackupSchedule.Backup backup = new BackupSchedule.Backup(
                Path.of("data/backups/strikedesk-20261129T140000Z.db"),
                AT,
                new StoreSummary(4, 10, 2, Optional.of(AT)));
        return new StoreHealth(Optional.of(lastImport), 3, 1, List.of(failing), Optional.of(backup));
    }
}
