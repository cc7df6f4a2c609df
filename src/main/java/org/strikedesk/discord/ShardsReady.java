package org.strikedesk.discord;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.CloseCode;

/**
 * Counts the shards that are ready. A shard manager starts its shards one after another, on a thread of its own,
 * and has no wait for them all; each shard fires its own {@link ReadyEvent} once its servers are loaded, or a
 * {@link ShutdownEvent} if Discord closed its connection for good first (an invalid shard, 4010, or a total too
 * small for the servers, 4011).
 */
final class ShardsReady implements EventListener {
    private final Set<Integer> ready = new HashSet<>();
    private Optional<String> failure = Optional.empty();

    @Override
    public void onEvent(GenericEvent event) {
        if (event instanceof ReadyEvent) {
            synchronized (this) {
                ready.add(event.getJDA().getShardInfo().getShardId());
                notifyAll();
            }
        } else if (event instanceof ShutdownEvent shutdown) {
            CloseCode code = shutdown.getCloseCode();
            synchronized (this) {
                if (failure.isEmpty()
                        && !ready.contains(shutdown.getJDA().getShardInfo().getShardId())) {
                    failure = Optional.of(shutdown.getJDA().getShardInfo().getShardString() + " was closed by"
                            + " Discord before it was ready ("
                            + (code == null ? "code " + shutdown.getCode() : code.getCode() + " " + code.getMeaning())
                            + ")");
                }
                notifyAll();
            }
        }
    }

    /**
     * Waits until {@code shards} different shards have been ready; returns why not instead, if a shard was shut down
     * before it was.
     */
    synchronized Optional<String> await(int shards) throws InterruptedException {
        while (ready.size() < shards && failure.isEmpty()) {
            wait();
        }
        return ready.size() < shards ? failure : Optional.empty();
    }
}
