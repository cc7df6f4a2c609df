package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The gateway: HELLO on connect, IDENTIFY to READY plus one GUILD_CREATE per guild, heartbeat ACKs,
 * RESUME with replay, and INVALID_SESSION for sessions that cannot be resumed. JSON text frames
 * only: compression is not supported, so a client asking for it is refused and reported.
 *
 * <p>Sharded as Discord is (docs {@code events/gateway.mdx}, "Sharding"): an IDENTIFY may carry {@code shard:
 * [shard_id, num_shards]} (docs {@code events/gateway-events.mdx}, "Identify Structure"; JDA
 * {@code WebSocketClient#sendIdentify} sends it for every shard of a shard manager), and that connection's READY
 * lists, and its GUILD_CREATEs describe, only the guilds with {@code (guild_id >> 22) % num_shards == shard_id}
 * (JDA's {@code MiscUtil#getShardForGuild} is the same formula). A dispatch about a guild goes down the connection of
 * the shard that owns it; one without a guild (a direct message) goes to shard 0 only. An IDENTIFY without
 * {@code shard} is shard 0 of 1. A shard id not below the total is closed with 4010 "Invalid shard", and a
 * connection that would hold more than 2,500 guilds with 4011 "Sharding required" (docs
 * {@code topics/opcodes-and-status-codes.mdx}).
 */
final class GatewayServer extends WebSocketServer {
    private static final long PRIVILEGED_INTENTS = (1L << 1) | (1L << 8) | (1L << 15);
    private static final Map<Integer, String> OP_NAMES = Map.of(
            1,
            "HEARTBEAT",
            2,
            "IDENTIFY",
            3,
            "PRESENCE_UPDATE",
            4,
            "VOICE_STATE_UPDATE",
            6,
            "RESUME",
            7,
            "RECONNECT",
            8,
            "REQUEST_GUILD_MEMBERS",
            9,
            "INVALID_SESSION",
            10,
            "HELLO",
            11,
            "HEARTBEAT_ACK");

    private final SimulatorBuilder config;
    private final World world;
    private final WireLog wireLog;
    private final Findings findings;
    private final Map<String, GatewaySession> sessions = new ConcurrentHashMap<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicInteger readies = new AtomicInteger();
    /** Each shard's current session, by shard id. */
    private final Map<Integer, GatewaySession> active = new ConcurrentHashMap<>();
    /** The shards that have been sent READY, by id. */
    private final Set<Integer> readyShards = ConcurrentHashMap.newKeySet();
    /** Discord's most guilds on one connection ("Each shard can only support a maximum of 2500 guilds"). */
    static final int MOST_GUILDS_PER_SHARD = 2_500;
    /** During an outage: connections that opened, with the frames they sent, none answered yet. */
    private final Map<WebSocket, List<String>> held = new LinkedHashMap<>();

    private volatile long intents;

    private boolean outage;

    GatewayServer(SimulatorBuilder config, World world, WireLog wireLog, Findings findings) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.gatewayPort));
        this.config = config;
        this.world = world;
        this.wireLog = wireLog;
        this.findings = findings;
        setReuseAddr(true);
        setConnectionLostTimeout(0); // heartbeats are the bot's job; no extra pings from the server
    }

    void startAndWait() {
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("gateway did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/";
    }

    /** The intents the bot asked for in its last IDENTIFY (a RESUME keeps them). */
    long intents() {
        return intents;
    }

    /** Number of READY dispatches sent (one per IDENTIFY that succeeded). */
    int readyCount() {
        return readies.get();
    }

    /** The shards that have been sent READY. */
    Set<Integer> readyShards() {
        return Set.copyOf(readyShards);
    }

    /** The shard that owns a guild for a bot with {@code shards} shards: {@code (guild_id >> 22) % shards}. */
    static int shardOf(String guildId, int shards) {
        return (int) ((Long.parseUnsignedLong(guildId) >>> 22) % shards);
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        String resource = conn.getResourceDescriptor();
        record(WireRecord.Direction.IN, "CONNECT", null, Json.object().put("resource", resource));
        if (resource.contains("compress=")) {
            findings.unhandled("gateway compression requested (" + resource + "); use Compression.NONE");
            conn.close(CloseFrame.POLICY_VALIDATION, "compression is not supported by the simulator");
            return;
        }
        synchronized (held) {
            if (outage) {
                held.put(conn, new ArrayList<>());
                return;
            }
        }
        hello(conn);
    }

    private void hello(WebSocket conn) {
        ObjectNode hello = Json.object().put("op", 10);
        hello.putNull("s");
        hello.putNull("t");
        hello.putObject("d").put("heartbeat_interval", config.heartbeatInterval.toMillis());
        send(conn, hello);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        synchronized (held) {
            List<String> waiting = held.get(conn);
            if (waiting != null) {
                waiting.add(message);
                return;
            }
        }
        handle(conn, message);
    }

    private void handle(WebSocket conn, String message) {
        JsonNode frame = Json.parse(message.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int op = frame.path("op").asInt(-1);
        record(WireRecord.Direction.IN, OP_NAMES.getOrDefault(op, "op " + op), null, frame);
        switch (op) {
            case 1 -> send(conn, Json.object().put("op", 11));
            case 2 -> identify(conn, frame.path("d"));
            case 6 -> resume(conn, frame.path("d"));
            default -> {
                // Presence and member requests need no answer for what the simulator serves.
            }
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        record(WireRecord.Direction.IN, "DISCONNECT", code, Json.object().put("reason", reason));
        sessions.values().forEach(s -> s.detach(conn));
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        if (conn == null) {
            findings.unhandled("gateway server error: " + ex);
        }
    }

    private void identify(WebSocket conn, JsonNode d) {
        if (!config.token.equals(d.path("token").asText())) {
            conn.close(4004, "Authentication failed.");
            return;
        }
        if ((d.path("intents").asLong() & PRIVILEGED_INTENTS & ~config.privilegedIntentsEnabled) != 0) {
            conn.close(4014, "Disallowed intent(s).");
            return;
        }
        int shard = d.path("shard").path(0).asInt(0);
        int shards = d.path("shard").path(1).asInt(1);
        if (shards < 1 || shard < 0 || shard >= shards) {
            conn.close(4010, "Invalid shard.");
            return;
        }
        List<SimGuild> joinedGuilds = world.guildsWithBot().stream()
                .filter(g -> shardOf(g.id(), shards) == shard)
                .toList();
        if (joinedGuilds.size() > MOST_GUILDS_PER_SHARD) {
            conn.close(4011, "Sharding required.");
            return;
        }
        intents = d.path("intents").asLong();
        GatewaySession session = new GatewaySession(shard, shards);
        sessions.put(session.id, session);
        session.attach(conn);
        active.put(shard, session);
        dispatch(session, "READY", Payloads.ready(config, joinedGuilds, session.id, url() + "resume"), null);
        Instant joined = Instant.parse("2024-01-01T09:00:00Z");
        joinedGuilds.forEach(g -> dispatch(session, "GUILD_CREATE", Payloads.guildCreate(g, world, joined), null));
        readyShards.add(shard);
        readies.incrementAndGet();
    }

    private void resume(WebSocket conn, JsonNode d) {
        GatewaySession session = sessions.get(d.path("session_id").asText());
        int lastSeq = d.path("seq").asInt();
        if (session == null || !config.token.equals(d.path("token").asText()) || !session.knows(lastSeq)) {
            send(conn, Json.object().put("op", 9).put("d", false));
            return;
        }
        session.attach(conn);
        active.put(session.shard, session);
        for (ObjectNode missed : session.since(lastSeq)) {
            session.sent(missed, send(conn, missed));
        }
        ObjectNode resumed = Json.object().put("op", 0).putNull("s").put("t", "RESUMED");
        resumed.putObject("d");
        send(conn, resumed);
    }

    /**
     * Sends a dispatch in the session of the shard that owns its guild ({@code guild_id} in the data), or of shard 0
     * when it has none; buffered for replay while that shard is disconnected.
     */
    void dispatch(String type, ObjectNode data, LongConsumer onSent) {
        GatewaySession first = active.get(0);
        if (first == null) {
            throw new IllegalStateException("The bot has not identified on the gateway yet");
        }
        String guildId = data.path("guild_id").asText("");
        int shard = guildId.isEmpty() ? 0 : shardOf(guildId, first.shards);
        GatewaySession session = active.get(shard);
        if (session == null) {
            throw new IllegalStateException("No connection of the bot has identified as shard " + shard + " of "
                    + first.shards + ", which owns guild " + guildId);
        }
        dispatch(session, type, data, onSent);
    }

    /** Forgets the dispatches already handed to each session's socket (see {@code DiscordSimulator#forgetHistory}). */
    void forgetSent() {
        sessions.values().forEach(GatewaySession::forgetSent);
    }

    private void dispatch(GatewaySession session, String type, ObjectNode data, LongConsumer onSent) {
        synchronized (session) { // keeps frames on the wire in sequence order
            ObjectNode frame = session.add(type, data, onSent);
            WebSocket socket = session.socket();
            if (frame != null && socket != null && socket.isOpen()) {
                session.sent(frame, send(socket, frame));
            }
        }
    }

    /**
     * The gateway goes away: the bot's connection drops, and connections it opens meanwhile get no HELLO and no
     * answer, as when Discord cannot be reached. Dispatches made meanwhile wait in the session.
     */
    void beginOutage() {
        synchronized (held) {
            outage = true;
        }
        dropConnection();
    }

    /** The gateway is back: every held connection gets its HELLO, then what it sent is answered in order. */
    void endOutage() {
        Map<WebSocket, List<String>> waiting;
        synchronized (held) {
            outage = false;
            waiting = new LinkedHashMap<>(held);
            held.clear();
        }
        waiting.forEach((conn, frames) -> {
            if (conn.isOpen()) {
                hello(conn);
                frames.forEach(frame -> handle(conn, frame));
            }
        });
    }

    /** Drops the connection of every shard. */
    void dropConnection() {
        for (GatewaySession session : active.values()) {
            WebSocket socket = session.socket();
            if (socket != null) {
                record(WireRecord.Direction.OUT, "DROP", CloseFrame.ABNORMAL_CLOSE, Json.object());
                socket.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped by the simulator");
            }
        }
    }

    /** Invalidates every shard's session. */
    void invalidateSession() {
        for (GatewaySession session : List.copyOf(active.values())) {
            sessions.remove(session.id);
            active.remove(session.shard, session);
            WebSocket socket = session.socket();
            if (socket != null) {
                send(socket, Json.object().put("op", 9).put("d", false));
            }
        }
    }

    /** Asks every shard to reconnect. */
    void requestReconnect() {
        for (GatewaySession session : active.values()) {
            WebSocket socket = session.socket();
            if (socket != null) {
                ObjectNode reconnect = Json.object().put("op", 7);
                reconnect.putNull("d");
                send(socket, reconnect);
            }
        }
    }

    /** Records and sends a frame; returns {@link System#nanoTime()} at the moment it was handed to the socket. */
    private long send(WebSocket conn, ObjectNode frame) {
        int op = frame.path("op").asInt();
        String name = op == 0 ? frame.path("t").asText() : OP_NAMES.getOrDefault(op, "op " + op);
        record(WireRecord.Direction.OUT, name, null, frame);
        String text = Json.write(frame);
        long at = System.nanoTime();
        if (conn.isOpen()) {
            conn.send(text);
        }
        return at;
    }

    private void record(WireRecord.Direction direction, String name, Integer status, JsonNode body) {
        wireLog.add(
                direction,
                WireRecord.Transport.GATEWAY,
                "WS",
                name,
                null,
                status,
                body,
                null,
                List.of(),
                Instant.now());
    }

    void shutdown() {
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
