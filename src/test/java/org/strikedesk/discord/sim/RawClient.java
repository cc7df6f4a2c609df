package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A deliberately misbehaving client for rule tests: plain HTTP with the bot token, so requests
 * that JDA's own checks would refuse still reach the simulator.
 */
final class RawClient {
    record Answer(int status, JsonNode body) {}

    private final HttpClient http = HttpClient.newHttpClient();
    private final DiscordSimulator sim;
    private final String token;

    RawClient(DiscordSimulator sim) {
        this(sim, sim.token());
    }

    RawClient(DiscordSimulator sim, String token) {
        this.sim = sim;
        this.token = token;
    }

    Answer send(String method, String path, JsonNode body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sim.restBaseUrl() + path.replaceFirst("^/", "")))
                .header("Authorization", "Bot " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(Json.bytes(body)))
                .build();
        return exchange(request);
    }

    /** A file part of a multipart request: its form name ({@code files[0]}), file name and bytes. */
    static final class Part {
        private final String name;
        private final String filename;
        private final byte[] bytes;

        Part(String name, String filename, byte[] bytes) {
            this.name = name;
            this.filename = filename;
            this.bytes = bytes.clone();
        }

        String name() {
            return name;
        }

        String filename() {
            return filename;
        }

        byte[] bytes() {
            return bytes.clone();
        }
    }

    /** A multipart/form-data request: {@code payload_json} first, then the file parts as given. */
    Answer sendMultipart(String method, String path, JsonNode payload, List<Part> parts) {
        String boundary = "sim-raw-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"payload_json\"\r\n"
                        + "Content-Type: application/json\r\n\r\n");
        body.writeBytes(Json.bytes(payload));
        for (Part part : parts) {
            write(
                    body,
                    "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name()
                            + "\"; filename=\"" + part.filename()
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(part.bytes());
        }
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest request = HttpRequest.newBuilder(URI.create(sim.restBaseUrl() + path.replaceFirst("^/", "")))
                .header("Authorization", "Bot " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return exchange(request);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private Answer exchange(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), Json.parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer callback(Interaction interaction, JsonNode body) {
        return send("POST", "/interactions/" + interaction.id() + "/" + interaction.token() + "/callback", body);
    }
}
