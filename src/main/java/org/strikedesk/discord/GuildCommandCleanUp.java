package org.strikedesk.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.config.ShardsConfig;

/**
 * Empties the own command list of the servers where an earlier run registered guild commands, when the bot registers
 * globally. An app "can have a global and guild {@code CHAT_INPUT} command with the same name" (docs
 * {@code developers/interactions/application-commands.mdx}, "Registering a Command"), and a server then offers both;
 * the bulk overwrite of a server's commands takes a list "overwriting the existing command list for this application
 * for the targeted guild" ("Bulk Overwrite Guild Application Commands"), so an empty list deletes them all, in one
 * request per server.
 *
 * <p>It runs on a thread of its own after the bot is up, one request at a time, so that neither answers nor posts wait
 * for it: the servers are many (one request each, 2,500 of them per process at the size the README's Shards section
 * describes) and a duplicate command in a few of them for a minute harms no one. It empties only the servers the
 * store names (see {@link GuildCommandRecord}), or, the first time over a shard, every server of it.
 */
final class GuildCommandCleanUp {
    private static final Logger log = LoggerFactory.getLogger(GuildCommandCleanUp.class);

    private final ShardManager shards;
    private final ShardsConfig running;
    private final GuildCommandRecord record;
    private final CommandIds commandIds;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread cleaner = new Thread(runnable, "strikedesk-command-cleanup");
        cleaner.setDaemon(true);
        return cleaner;
    });
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile boolean started;
    private volatile boolean stopping;

    GuildCommandCleanUp(ShardManager shards, ShardsConfig running, GuildCommandRecord record, CommandIds commandIds) {
        this.shards = shards;
        this.running = running;
        this.record = record;
        this.commandIds = commandIds;
    }

    /** Starts the clean-up in the background. */
    void start() {
        started = true;
        thread.execute(() -> {
            try {
                run();
            } catch (RuntimeException e) {
                log.error("Could not finish removing the slash commands earlier runs registered per server", e);
            } finally {
                done.complete(null);
            }
        });
    }

    /** Waits at most {@code wait} for the clean-up to end, done or given up; true if it did or never started. */
    boolean await(Duration wait) throws InterruptedException {
        if (!started) {
            return true;
        }
        try {
            done.get(wait.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the clean-up completes only normally", e);
        }
    }

    private void run() {
        // Before this record existed, runs that registered per server left no trace of where: with no sweep recorded
        // for these shards every one of their servers is emptied once, and the sweep is recorded only when it has
        // gone through all of them, so a start stopped half-way sweeps again at the next start.
        boolean sweep = !record.hasSwept(running);
        List<Guild> guilds = sweep
                ? shards.getGuilds()
                : record.registeredIn(running).stream()
                        .map(shards::getGuildById)
                        .filter(Objects::nonNull)
                        .toList();
        if (guilds.isEmpty()) {
            if (sweep) {
                record.swept(running, List.of(), List.of());
            }
            return;
        }
        log.info(
                sweep
                        ? "Removing any slash commands earlier runs registered in the {} servers of this process, once"
                        : "Removing the slash commands an earlier run registered in {} servers",
                guilds.size());
        List<String> emptied = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Guild guild : guilds) {
            if (stopping) {
                log.info(
                        "Stopped removing per-server slash commands; {} of {} servers left",
                        guilds.size() - emptied.size() - failed.size(),
                        guilds.size());
                return;
            }
            if (!clear(guild)) {
                failed.add(guild.getId());
                continue;
            }
            emptied.add(guild.getId());
            if (!sweep) {
                // Forgotten once Discord has confirmed, one by one: these servers are few. A sweep forgets its
                // thousands in one write at the end.
                record.cleared(guild.getId());
            }
        }
        if (sweep) {
            record.swept(running, emptied, failed);
        }
        log.info("Removed the per-server slash commands in {} of {} servers", emptied.size(), guilds.size());
    }

    /**
     * Empties a server's own command list, and links commands there by the ids of what Discord says is left (none:
     * the global ones); false, logged, when Discord would not.
     */
    private boolean clear(Guild guild) {
        try {
            commandIds.guild(
                    guild.getId(), CommandIds.byName(guild.updateCommands().complete()));
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not remove the slash commands registered in {} by an earlier run: {}", guild.getName(), e);
            return false;
        }
    }

    /**
     * Stops the clean-up and waits, at most {@code wait}, for the request under way: no request is sent after this
     * returns, unless the wait ran out, when the shards' own shutdown cancels what is left.
     */
    void stop(Duration wait) {
        stopping = true;
        thread.shutdown();
        try {
            if (!thread.awaitTermination(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                log.warn("The removal of per-server slash commands did not stop within {}", wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
