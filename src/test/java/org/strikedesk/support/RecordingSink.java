package org.strikedesk.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.strikedesk.posts.ChannelAccess;
import org.strikedesk.posts.PostSink;
import org.strikedesk.replies.Reply;

/**
 * A stand-in for Discord in posting tests: keeps the messages of each channel, honours nonces as Discord does, and
 * can be told to fail. Wire-level tests use the Discord simulator instead.
 */
public final class RecordingSink implements PostSink {
    public final Map<String, List<Reply>> channels = new LinkedHashMap<>();
    public final Map<String, Reply> messages = new HashMap<>();
    public final Map<String, String> byNonce = new HashMap<>();
    public final List<String> edits = new ArrayList<>();
    public final Map<String, Delivery> broken = new HashMap<>();
    public final List<Delivery> nextResults = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong(1000);
    public int sends;

    @Override
    public synchronized Delivery send(String channelId, Reply reply, String nonce) {
        sends++;
        if (!nextResults.isEmpty()) {
            return nextResults.remove(0);
        }
        if (broken.containsKey(channelId)) {
            return broken.get(channelId);
        }
        String existing = byNonce.get(nonce);
        if (existing != null) {
            return new Delivery.Delivered(existing);
        }
        String id = Long.toString(ids.incrementAndGet());
        channels.computeIfAbsent(channelId, k -> new ArrayList<>()).add(reply);
        messages.put(id, reply);
        byNonce.put(nonce, id);
        return new Delivery.Delivered(id);
    }

    @Override
    public synchronized Delivery edit(String channelId, String messageId, Reply reply) {
        if (!messages.containsKey(messageId)) {
            return new Delivery.MessageGone("unknown message");
        }
        messages.put(messageId, reply);
        edits.add(messageId);
        return new Delivery.Delivered(messageId);
    }

    /** Every channel can be posted in, except those told to be broken. */
    @Override
    public synchronized ChannelAccess access(String guildId, String channelId) {
        return broken.containsKey(channelId)
                ? new ChannelAccess.Missing(List.of("Send Messages"))
                : new ChannelAccess.Granted();
    }

    /** Finds a post by its nonce, as Discord's search by the reference would; every history can be read. */
    @Override
    public synchronized Search find(String channelId, String nonce) {
        String id = byNonce.get(nonce);
        return id == null ? new Search.Absent() : new Search.Found(id);
    }

    @Override
    public boolean readsHistory(String guildId, String channelId) {
        return true;
    }

    public List<Reply> in(String channel) {
        return channels.getOrDefault(channel, List.of());
    }
}
