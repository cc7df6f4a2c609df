package org.strikedesk.discord;

import java.util.HashSet;
import java.util.Set;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.EventListener;

/**
 * Counts the shards that are ready. A shard manager starts its shards one after another, on a thread of its own,
 * and has no wait for them all; each shard fires its own {@link ReadyEvent} once its servers are loaded.
 */
final class ShardsReady implements EventListener {
    private final Set<Integer> ready = new HashSet<>();

    @Override
    public void onEvent(GenericEvent event) {
        if (event instanceof ReadyEvent) {
            synchronized (this) {
                ready.add(event.getJDA().getShardInfo().getShardId());
                notifyAll();
            }
        }
    }

    /** Waits until {@code shards} different shards have been ready. */
    synchronized void await(int shards) throws InterruptedException {
        while (ready.size() < shards) {
            wait();
        }
    }
}
