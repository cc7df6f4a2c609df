package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.java_websocket.WebSocket;

/**
 * One gateway session: its id, sequence counter and every dispatch sent in it, so a RESUME can
 * replay what the bot missed while disconnected. Dispatches made while no socket is attached are
 * buffered and go out on resume, as on Discord.
 */
final class GatewaySession {
    /**
     * A dispatch frame; {@code onSent} runs once, when the frame is first handed to a socket, with that moment's
     * {@link System#nanoTime()}.
     */
    private static final class Frame {
        final int seq;
        final ObjectNode json;
        LongConsumer onSent;

        Frame(int seq, ObjectNode json, LongConsumer onSent) {
            this.seq = seq;
            this.json = json;
            this.onSent = onSent;
        }
    }

    final String id = UUID.randomUUID().toString().replace("-", "");
    /** The shard the session was identified for, and the total the bot gave with it. */
    final int shard;

    final int shards;
    private final List<Frame> frames = new ArrayList<>();
    /** The sequence number of the first frame kept: frames before it were forgotten (see {@link #forgetSent}). */
    private int firstKept = 1;

    private int seq;
    private WebSocket socket;

    GatewaySession(int shard, int shards) {
        this.shard = shard;
        this.shards = shards;
    }

    synchronized WebSocket socket() {
        return socket;
    }

    synchronized void attach(WebSocket connection) {
        this.socket = connection;
    }

    synchronized void detach(WebSocket connection) {
        if (socket == connection) {
            socket = null;
        }
    }

    /** Assigns the next sequence number; returns the frame if it can be sent now, else null. */
    synchronized ObjectNode add(String type, ObjectNode data, LongConsumer onSent) {
        ObjectNode json = Json.object().put("op", 0).put("s", ++seq).put("t", type);
        json.set("d", data);
        Frame frame = new Frame(seq, json, onSent);
        frames.add(frame);
        return socket == null ? null : json;
    }

    /**
     * Forgets the frames kept for replay, when every one of them has been handed to the socket attached now; a RESUME
     * afterwards replays only later ones. For {@code DiscordSimulator#forgetHistory}.
     */
    synchronized void forgetSent() {
        if (socket != null && frames.stream().allMatch(f -> f.onSent == null)) {
            frames.clear();
            firstKept = seq + 1;
        }
    }

    /** Dispatches after {@code lastSeq} that a resuming client has not seen. */
    synchronized List<ObjectNode> since(int lastSeq) {
        return frames.stream().filter(f -> f.seq > lastSeq).map(f -> f.json).toList();
    }

    synchronized boolean knows(int lastSeq) {
        return lastSeq <= seq;
    }

    /**
     * Runs the first-send callback of a frame (e.g. to record when an interaction reached the bot), given when it was
     * handed to the socket. Frames are kept in sequence order from {@link #firstKept}, so the frame is found by its
     * {@code s}.
     */
    void sent(ObjectNode json, long nanos) {
        LongConsumer callback;
        synchronized (this) {
            int index = json.path("s").asInt() - firstKept;
            if (index < 0 || index >= frames.size()) {
                return;
            }
            Frame frame = frames.get(index);
            if (frame.onSent == null) {
                return;
            }
            callback = frame.onSent;
            frame.onSent = null;
        }
        callback.accept(nanos);
    }
}
