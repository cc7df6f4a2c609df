package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** A REST answer: status, optional JSON body and extra headers. Errors use Discord's error shape. */
final class SimResponse {
    final int status;
    final JsonNode body;
    final Map<String, String> headers = new LinkedHashMap<>();

    private SimResponse(int status, JsonNode body) {
        this.status = status;
        this.body = body;
    }

    static SimResponse ok(JsonNode body) {
        return new SimResponse(200, body);
    }

    static SimResponse noContent() {
        return new SimResponse(204, null);
    }

    static SimResponse status(int status, JsonNode body) {
        return new SimResponse(status, body);
    }

    /** Discord's JSON error: {@code {"message": ..., "code": ...}}. */
    static SimResponse error(int status, int code, String message) {
        return new SimResponse(status, Json.object().put("message", message).put("code", code));
    }

    /** 400 / 50035 Invalid Form Body, with the reason under {@code errors._errors}. */
    static SimResponse invalidForm(String detail) {
        ObjectNode body = Json.object().put("message", "Invalid Form Body").put("code", 50035);
        body.putObject("errors")
                .putArray("_errors")
                .addObject()
                .put("code", "BASE_TYPE_INVALID")
                .put("message", detail);
        return new SimResponse(400, body);
    }

    /** What Discord answers for a channel the bot cannot view (or a server it is not in). */
    static SimResponse missingAccess() {
        return error(403, 50001, "Missing Access");
    }

    static SimResponse missingPermissions() {
        return error(403, 50013, "Missing Permissions");
    }

    static SimResponse unknownChannel() {
        return error(404, 10003, "Unknown Channel");
    }

    static SimResponse unknownMessage() {
        return error(404, 10008, "Unknown Message");
    }

    static SimResponse unknownWebhook() {
        return error(404, 10015, "Unknown Webhook");
    }

    static SimResponse unknownInteraction() {
        return error(404, 10062, "Unknown interaction");
    }

    SimResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
