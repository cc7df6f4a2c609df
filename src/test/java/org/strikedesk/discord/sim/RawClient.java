package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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
