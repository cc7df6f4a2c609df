-- The server of each post's channel. Discord routes a server to gateway shard (guild_id >> 22) % shards, and with
-- several processes sharing this store each posts only for the servers of its own shards.
ALTER TABLE posts ADD COLUMN guild_id TEXT;

-- Posts for a subscription are in its server.
UPDATE posts SET guild_id = (SELECT s.guild_id FROM subscriptions s WHERE s.id = posts.subscription_id)
WHERE subscription_id IS NOT NULL;

-- Alerts and overdue notices name no subscription, but their channel is one a subscription posts to or was made
-- from, in that subscription's server.
UPDATE posts SET guild_id = (
    SELECT s.guild_id FROM subscriptions s
    WHERE s.channel_id = posts.channel_id OR s.created_in = posts.channel_id
    ORDER BY s.id LIMIT 1)
WHERE guild_id IS NULL;

-- Digests, review cards and correction notices name only a channel, and stay without a server until a running bot
-- whose shards see the channel records it.
