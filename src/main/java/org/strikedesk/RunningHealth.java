package org.strikedesk;

import org.strikedesk.discord.DiscordBot;
import org.strikedesk.health.HealthBackend;
import org.strikedesk.health.StoreHealth;
import org.strikedesk.ingest.poll.PollState;
import org.strikedesk.posts.PostsStatus;
import org.strikedesk.store.BackupSchedule;

/** The running bot as the health endpoint sees it: the gateway's state, and the store read afresh for each ask. */
final class RunningHealth implements HealthBackend {
    private final Application app;
    private final DiscordBot bot;

    RunningHealth(Application app, DiscordBot bot) {
        this.app = app;
        this.bot = bot;
    }

    @Override
    public boolean gatewayConnected() {
        return bot.connected();
    }

    @Override
    public StoreHealth store() {
        PostsStatus.Counts posts = app.posts().status().counts();
        return new StoreHealth(
                app.history().latest(1).stream().findFirst(),
                posts.waiting(),
                posts.failed(),
                app.poller().states().stream().filter(PollState::failing).toList(),
                app.backups().flatMap(BackupSchedule::last));
    }
}
