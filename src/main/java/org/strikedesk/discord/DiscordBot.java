package org.strikedesk.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.config.DiscordConfig;
import org.strikedesk.config.ShardsConfig;
import org.strikedesk.config.UserFacingException;

/**
 * The bot on Discord, on JDA's shard manager: one gateway connection per shard, as many as Discord recommends or
 * the configured range of them (see {@link ShardsConfig}). It logs in with no privileged intents (only GUILD_MESSAGES and DIRECT_MESSAGES, for questions in
 * words), registers the slash commands (in the configured servers for instant updates, else globally), answers
 * interactions and questions, and logs the invite link with exactly the permissions it needs. It allows no mentions
 * in anything it sends.
 */
public final class DiscordBot implements AutoCloseable {
    /**
     * What the bot needs in a channel to post there: see it, send, embed, attach charts, and read its history, to
     * look for a post it may have made before it was cut off, and to answer a question as a reply to it (117760).
     */
    public static final EnumSet<Permission> PERMISSIONS = EnumSet.of(
            Permission.VIEW_CHANNEL,
            Permission.MESSAGE_SEND,
            Permission.MESSAGE_EMBED_LINKS,
            Permission.MESSAGE_ATTACH_FILES,
            Permission.MESSAGE_HISTORY);

    /**
     * The gateway intents the bot asks for, none of them privileged: guild and direct messages, so that it receives
     * the messages that mention it and the direct messages sent to it, whose content Discord sends without the
     * Message Content intent (docs {@code events/gateway.mdx}, "Message Content Intent"). JDA adds GUILDS itself.
     */
    public static final EnumSet<GatewayIntent> INTENTS =
            EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final ShardManager shards;
    /** The shards this process runs, with the total known. */
    private final ShardsConfig running;

    /** The replies to commands, buttons, menus and questions under way. */
    private final RepliesUnderWay replies;

    private final GuildCommandRecord guildCommands;
    private final GuildCommandCleanUp cleanUp;
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private final CommandIds commandIds;
    /** Posting waits on Discord, so it has its own thread: it must never hold up acknowledging interactions. */
    private final ScheduledExecutorService poster =
            Executors.newSingleThreadScheduledExecutor(daemon("strikedesk-poster"));

    private DiscordBot(
            ShardManager shards,
            ShardsConfig running,
            RepliesUnderWay replies,
            ExecutorService workers,
            ScheduledExecutorService timers,
            CommandIds commandIds,
            GuildCommandRecord guildCommands) {
        this.commandIds = commandIds;
        this.shards = shards;
        this.running = running;
        this.replies = replies;
        this.guildCommands = guildCommands;
        this.cleanUp = new GuildCommandCleanUp(shards, running, guildCommands, commandIds);
        this.workers = workers;
        this.timers = timers;
    }

    /**
     * Logs in, waits for every shard this process runs to be ready, registers the commands and starts answering.
     * While Discord cannot be reached (no network, DNS failing, Discord down) the login is tried again with backoff,
     * one log line per attempt, until it succeeds or the thread is interrupted; once logged in, JDA reconnects each
     * shard by itself after any drop.
     *
     * @param link told of every change in the connection, from the first attempt on
     * @throws UserFacingException at once if Discord refuses the token
     */
    public static DiscordBot start(BotBackend app, String token, DiscordLink link) throws InterruptedException {
        return start(app, token, link, builder -> {});
    }

    /**
     * Starts the bot as {@link #start(BotBackend, String, DiscordLink)} does, letting {@code adjust} change the
     * shard manager's builder after StrikeDesk's own settings: what a benchmark uses to time the stages of an answer.
     */
    public static DiscordBot start(
            BotBackend app, String token, DiscordLink link, Consumer<DefaultShardManagerBuilder> adjust)
            throws InterruptedException {
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        ExecutorService workers = Executors.newFixedThreadPool(8, daemon("strikedesk-worker"));
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemon("strikedesk-timer"));
        // Filled as the commands are registered, once logged in; read by everything that renders a reply.
        CommandIds commandIds = new CommandIds();
        RepliesUnderWay replies = new RepliesUnderWay(workers);
        InteractionListener listener = new InteractionListener(
                app.commands(), app.actions(), replies, timers, new AttachmentUploads(), Clock.systemUTC(), commandIds);
        QuestionListener questions = new QuestionListener(
                app.questions(), new QuestionRate(app.discordConfig().questionLimit()), replies, commandIds);
        ShardsReady ready = new ShardsReady();
        ShardManager shards;
        try {
            shards = DiscordLogin.until(app.discordConfig().apiBaseUrl(), () -> {
                DefaultShardManagerBuilder builder = builder(app.discordConfig(), token);
                adjust.accept(builder);
                return builder.addEventListeners(link, listener, questions, ready)
                        .build();
            });
        } catch (InvalidTokenException e) {
            workers.shutdownNow();
            timers.shutdownNow();
            throw new UserFacingException("Discord refused the token: check DISCORD_TOKEN (or the file named by"
                    + " DISCORD_TOKEN_FILE) holds the bot token from the Developer Portal.");
        } catch (InterruptedException e) {
            workers.shutdownNow();
            timers.shutdownNow();
            throw e;
        }
        ShardsConfig running = running(app.discordConfig().shards(), shards);
        Optional<String> failed = ready.await(running.to() - running.from() + 1);
        if (failed.isPresent()) {
            shards.shutdown();
            workers.shutdownNow();
            timers.shutdownNow();
            log.error("Discord closed a shard for good: {}", failed.get());
            throw new UserFacingException("Discord would not connect the bot: " + failed.get() + ". Check"
                    + " discord.shards.total and the ranges of the processes (see README, \"Shards\").");
        }
        DiscordBot bot = new DiscordBot(
                shards,
                running,
                replies,
                workers,
                timers,
                commandIds,
                new GuildCommandRecord(app.database(), Clock.systemUTC()));
        // Posting first: /subscribe asks the sink whether a channel can be posted in.
        app.startPosting(new DiscordPostSink(shards, running, commandIds), bot.poster);
        bot.register(app.discordConfig(), SlashCommands.of(app.commands().specs()));
        log.info(
                "StrikeDesk is on Discord as {}, running {}. Invite it with: {} (it uses the Guild Messages and Direct"
                        + " Messages intents only, none privileged: leave Message Content off in the Developer Portal)",
                bot.jda().getSelfUser().getName(),
                running.inWords() + (running.recommended() ? " (" + shards.getShardsTotal() + ")" : ""),
                inviteUrl(bot.jda()));
        return bot;
    }

    /**
     * The shards this process runs, once the manager knows the total: the configured range, or with the total left
     * to Discord, every shard of the total Discord gave.
     */
    private static ShardsConfig running(ShardsConfig configured, ShardManager shards) {
        return configured.recommended() ? ShardsConfig.all(shards.getShardsTotal()) : configured;
    }

    /**
     * A shard manager builder with the bot's settings, pointed at Discord or at whatever the config names instead:
     * the shard total Discord recommends ({@code GET /gateway/bot}) or the configured total, and the configured range
     * of shards. The benchmarks build their constant-reply floor from it, so that both run the same JDA.
     */
    public static DefaultShardManagerBuilder builder(DiscordConfig config, String token) {
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(token, INTENTS)
                .setRestConfig(new RestConfig().setBaseUrl(config.apiBaseUrl().toString()))
                .setSessionController(new ConfiguredGateway(config.gatewayUrl().toString()))
                .setCompression(Compression.NONE)
                // Keeps each event's payload, for what JDA does not read itself: an interaction's
                // attachment_size_limit (see InteractionListener#maxFileBytes).
                .setEventPassthrough(true)
                .setEnableShutdownHook(false);
        ShardsConfig shards = config.shards();
        if (!shards.recommended()) {
            // The total first: JDA checks the range against it (DefaultShardManagerBuilder#setShards).
            builder.setShardsTotal(shards.total()).setShards(shards.from(), shards.to());
        }
        return builder;
    }

    /**
     * Registers the commands and waits for Discord to accept them, so the bot answers as soon as it is up. A server
     * shows both a global command and a guild command of the same name (discord/discord-api-docs#3885), so the other
     * scope is emptied: registering per server removes the global commands an earlier global run left, and
     * registering globally removes the guild commands an earlier run left in the servers the bot is in. A bulk
     * overwrite with an empty list deletes them all (docs {@code interactions/application-commands.mdx}, "Bulk
     * Overwrite").
     */
    /**
     * Global commands belong to the application, not to a shard, so only the process that runs shard 0 registers them
     * (or, with {@code discord.guilds}, removes them): several processes overwriting the same list at each start would
     * race for nothing, and Discord limits how often commands may be created. The others ask for the list to learn
     * the commands' ids. Each process registers in, or empties, the servers of its own shards, the only ones it knows.
     * Emptying the servers is left to a {@link GuildCommandCleanUp} in the background: one request per server, so at
     * thousands of servers it would hold up the start for minutes.
     */
    private void register(DiscordConfig config, List<SlashCommandData> commands) {
        if (config.guilds().isEmpty()) {
            registerGlobally(commands);
            cleanUp.start();
            return;
        }
        for (String id : config.guilds()) {
            Guild guild = shards.getGuildById(id);
            if (guild == null) {
                if (running.owns(Long.parseLong(id))) {
                    log.warn("discord.guilds lists {}, but the bot is not in that server; invite it first", id);
                }
                continue;
            }
            try {
                // Remembered first: a server whose registration Discord took but whose record was lost would keep
                // its guild commands beside the global ones after the next global start.
                guildCommands.registering(guild.getId());
                List<Command> registered =
                        guild.updateCommands().addCommands(commands).complete();
                // A guild command's id is its server's own: replies in that server link it.
                commandIds.guild(guild.getId(), CommandIds.byName(registered));
                int count = registered.size();
                log.info("Registered {} slash commands in {}", count, guild.getName());
            } catch (RuntimeException e) {
                log.error("Could not register the slash commands in {}", guild.getName(), e);
            }
        }
        if (!running.runsFirst()) {
            return;
        }
        try {
            commandIds.global(CommandIds.byName(jda().updateCommands().complete()));
            log.info("Removed the global slash commands, so the servers in discord.guilds show each command once");
        } catch (RuntimeException e) {
            log.error("Could not remove the global slash commands; servers may show each command twice", e);
        }
    }

    private void registerGlobally(List<SlashCommandData> commands) {
        if (!running.runsFirst()) {
            try {
                commandIds.global(CommandIds.byName(jda().retrieveCommands().complete()));
                log.info("The process running shard 0 registers the slash commands; this one only links them");
            } catch (RuntimeException e) {
                log.warn("Could not read the slash commands' ids; replies name commands without linking them", e);
            }
            return;
        }
        List<Command> registered = jda().updateCommands().addCommands(commands).complete();
        commandIds.global(CommandIds.byName(registered));
        int count = registered.size();
        log.info("Registered {} slash commands globally; Discord may take a while to show them", count);
    }

    /** The OAuth2 link that adds the bot with the bot and applications.commands scopes and nothing more. */
    public static String inviteUrl(JDA jda) {
        return "https://discord.com/oauth2/authorize?client_id="
                + jda.getSelfUser().getApplicationId() + "&scope=bot+applications.commands&permissions="
                + Permission.getRaw(PERMISSIONS);
    }

    /** The first shard this process runs: for what any shard can do (the bot's own user, global commands). */
    public JDA jda() {
        JDA first = shards.getShardById(running.from());
        if (first == null) {
            throw new IllegalStateException("shard " + running.from() + " is not running");
        }
        return first;
    }

    /** The ids of the commands as registered, by scope: how replies link commands. */
    CommandIds commandIds() {
        return commandIds;
    }

    /** The shards this process runs. */
    public ShardManager shards() {
        return shards;
    }

    /**
     * Whether this process is the one that watches for new data (the inbox, the polled URLs) and takes the scheduled
     * backups: the one that runs shard 0. Several processes sharing one store would otherwise each import the same
     * file and back up the same store.
     */
    public boolean watchesForData() {
        return running.runsFirst();
    }

    /** Whether every shard this process runs is connected to Discord's gateway. */
    public boolean connected() {
        return shards.getShardsQueued() == 0
                && shards.getShards().stream().allMatch(shard -> shard.getStatus() == JDA.Status.CONNECTED);
    }

    /**
     * Stops taking new work: commands and buttons from now on are answered only with a sentence saying the bot is
     * restarting, and no new round of posting starts (a round under way goes on).
     */
    public void stopTakingWork() {
        replies.stopTakingWork();
        poster.shutdown();
    }

    /**
     * Waits, for at most {@code wait} in all, for the replies and the round of posting under way to finish, then
     * disconnects. True when everything under way finished; false when the wait ran out first (a post then left
     * unfinished is delivered after the next start, under the same nonce).
     */
    public boolean finish(Duration wait) throws InterruptedException {
        stopTakingWork();
        long deadline = System.nanoTime() + wait.toNanos();
        boolean replied = replies.awaitNone(wait);
        boolean posted = poster.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (!replied || !posted) {
            log.warn(
                    "Stopping after {}: {} left unfinished",
                    wait,
                    (replied ? "" : replies.count() + " replies")
                            + (replied || posted ? "" : " and ")
                            + (posted ? "" : "a round of posting"));
        }
        close();
        return replied && posted;
    }

    /**
     * Waits at most {@code wait} for the removal of the commands earlier runs registered per server to end; true if it
     * did (or never had to start).
     */
    boolean awaitCommandCleanUp(Duration wait) throws InterruptedException {
        return cleanUp.await(wait);
    }

    /** Blocks until every shard of the bot has shut down. */
    public void awaitShutdown() throws InterruptedException {
        for (JDA shard : shards.getShards()) {
            shard.awaitShutdown();
        }
    }

    @Override
    public void close() {
        replies.stopTakingWork();
        poster.shutdown();
        cleanUp.stop(CLOSE_WAIT);
        List<JDA> running = shards.getShards();
        shards.shutdown();
        workers.shutdown();
        timers.shutdown();
        try {
            long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
            for (JDA shard : running) {
                if (!shard.awaitShutdown(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                    log.warn("The connection to Discord did not close within 10 seconds; closing it now");
                    running.forEach(JDA::shutdownNow);
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
