package org.strikedesk.support;

import java.util.Optional;
import org.strikedesk.config.ShardsConfig;
import org.strikedesk.posts.ChannelAccess;
import org.strikedesk.posts.PostMessage;
import org.strikedesk.posts.PostSink;

/** A sink that hands everything to another: a test overrides what it watches or changes (sending, usually). */
public class ForwardingSink implements PostSink {
    private final PostSink sink;

    public ForwardingSink(PostSink sink) {
        this.sink = sink;
    }

    @Override
    public ShardsConfig shards() {
        return sink.shards();
    }

    @Override
    public Optional<String> guildOf(String channelId) {
        return sink.guildOf(channelId);
    }

    @Override
    public Delivery send(String channelId, PostMessage message, String nonce) {
        return sink.send(channelId, message, nonce);
    }

    @Override
    public Delivery edit(String channelId, String messageId, PostMessage message) {
        return sink.edit(channelId, messageId, message);
    }

    @Override
    public ChannelAccess access(String guildId, String channelId) {
        return sink.access(guildId, channelId);
    }

    @Override
    public Search find(String channelId, String nonce) {
        return sink.find(channelId, nonce);
    }

    @Override
    public boolean readsHistory(String guildId, String channelId) {
        return sink.readsHistory(guildId, channelId);
    }
}
