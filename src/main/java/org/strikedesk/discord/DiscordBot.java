package org.strikedesk.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.config.DiscordConfig;
import org.strikedesk.config.UserFacingException;

/**
 * The bot on Discord: logs in with no privileged intents (only GUILD_MESSAGES and DIRECT_MESSAGES, for questions in
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

    private final JDA jda;
    private final InteractionListener listener;
    private final QuestionListener questions;
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private final CommandIds commandIds;
    /** Posting waits on Discord, so it has its own thread: it must never hold up acknowledging interactions. */
    private final ScheduledExecutorService poster =
            Executors.newSingleThreadScheduledExecutor(daemon("strikedesk-poster"));

    private DiscordBot(
            JDA jda,
            InteractionListener listener,
            QuestionListener questions,
            ExecutorService workers,
            ScheduledExecutorService timers,
            CommandIds commandIds) {
        this.jda = jda;
        this.listener = listener;
        this.questions = questions;
        this.workers = workers;
        this.timers = timers;
        this.commandIds = commandIds;
    }

    /**
     * Logs in, waits for the gateway, registers the commands and starts answering. While Discord cannot be reached
     * (no network, DNS failing, Discord down) the login is tried again with backoff, one log line per attempt, until
     * it succeeds or the thread is interrupted; once logged in, JDA reconnects by itself after any drop.
     *
     * @param link told of every change in the connection, from the first attempt on
     * @throws UserFacingException at once if Discord refuses the token
     */
    public static DiscordBot start(BotBackend app, String token, DiscordLink link) throws InterruptedException {
        return start(app, token, link, builder -> {});
    }

    /**
     * Starts the bot as {@link #start(BotBackend, String, DiscordLink)} does, letting {@code adjust} change the JDA
     * builder after StrikeDesk's own settings: what a benchmark uses to time the stages of an answer.
     */
    public static DiscordBot start(BotBackend app, String token, DiscordLink link, Consumer<JDABuilder> adjust)
            throws InterruptedException {
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        ExecutorService workers = Executors.newFixedThreadPool(8, daemon("strikedesk-worker"));
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemon("strikedesk-timer"));
        // Filled as the commands are registered, once logged in; read by everything that renders a reply.
        CommandIds commandIds = new CommandIds();
        InteractionListener listener = new InteractionListener(
                app.commands(), app.actions(), workers, timers, new AttachmentUploads(), Clock.systemUTC(), commandIds);
        QuestionListener questions = new QuestionListener(
                app.questions(), new QuestionRate(app.discordConfig().questionLimit()), workers, commandIds);
        JDA jda;
        try {
            jda = DiscordLogin.until(app.discordConfig().apiBaseUrl(), () -> {
                JDABuilder builder = builder(app.discordConfig(), token);
                adjust.accept(builder);
                return builder.addEventListeners(link, listener, questions).build();
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
        jda.awaitReady();
        DiscordBot bot = new DiscordBot(jda, listener, questions, workers, timers, commandIds);
        // Posting first: /subscribe asks the sink whether a channel can be posted in.
        app.startPosting(new DiscordPostSink(jda, commandIds), bot.poster);
        bot.register(app.discordConfig(), SlashCommands.of(app.commands().specs()));
        log.info(
                "StrikeDesk is on Discord as {}. Invite it with: {} (it uses the Guild Messages and Direct Messages"
                        + " intents only, none privileged: leave Message Content off in the Developer Portal)",
                jda.getSelfUser().getName(),
                inviteUrl(jda));
        return bot;
    }

    /**
     * A JDA builder with the bot's settings, pointed at Discord or at whatever the config names instead; the
     * benchmarks build their constant-reply floor from it, so that both run the same JDA.
     */
    public static JDABuilder builder(DiscordConfig config, String token) {
        String gateway = config.gatewayUrl().toString();
        return JDABuilder.createLight(token, INTENTS)
                .setRestConfig(new RestConfig().setBaseUrl(config.apiBaseUrl().toString()))
                .setSessionController(new SessionControllerAdapter() {
                    @Override
                    public String getGateway() {
                        return gateway;
                    }
                })
                .setCompression(Compression.NONE)
                // Keeps each event's payload, for what JDA does not read itself: an interaction's
                // attachment_size_limit (see InteractionListener#maxFileBytes).
                .setEventPassthrough(true)
                .setEnableShutdownHook(false);
    }

    /**
     * Registers the commands and waits for Discord to accept them, so the bot answers as soon as it is up. A server
     * shows both a global command and a guild command of the same name (discord/discord-api-docs#3885), so the other
     * scope is emptied: registering per server removes the global commands an earlier global run left, and
     * registering globally removes the guild commands an earlier run left in the servers the bot is in. A bulk
     * overwrite with an empty list deletes them all (docs {@code interactions/application-commands.mdx}, "Bulk
     * Overwrite").
     */
    private void register(DiscordConfig config, List<SlashCommandData> commands) {
        if (config.guilds().isEmpty()) {
            List<Command> registered =
                    jda.updateCommands().addCommands(commands).complete();
            commandIds.global(CommandIds.byName(registered));
            int count = registered.size();
            log.info("Registered {} slash commands globally; Discord may take a while to show them", count);
            for (Guild guild : jda.getGuilds()) {
                clear(guild);
            }
            return;
        }
        for (String id : config.guilds()) {
            Guild guild = jda.getGuildById(id);
            if (guild == null) {
                log.warn("discord.guilds lists {}, but the bot is not in that server; invite it first", id);
                continue;
            }
            try {
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
        try {
            commandIds.global(CommandIds.byName(jda.updateCommands().complete()));
            log.info("Removed the global slash commands, so the servers in discord.guilds show each command once");
        } catch (RuntimeException e) {
            log.error("Could not remove the global slash commands; servers may show each command twice", e);
        }
    }

    /** Empties a server's own command list, left by an earlier run that registered per server. */
    private void clear(Guild guild) {
        try {
            commandIds.guild(
                    guild.getId(), CommandIds.byName(guild.updateCommands().complete()));
        } catch (RuntimeException e) {
            log.warn("Could not remove the slash commands registered in {} by an earlier run: {}", guild.getName(), e);
        }
    }

    /** The ids of the commands as registered, by scope: how replies link commands. */
    CommandIds commandIds() {
        return commandIds;
    }

    /** The OAuth2 link that adds the bot with the bot and applications.commands scopes and nothing more. */
    public static String inviteUrl(JDA jda) {
        return "https://discord.com/oauth2/authorize?client_id="
                + jda.getSelfUser().getApplicationId() + "&scope=bot+applications.commands&permissions="
                + Permission.getRaw(PERMISSIONS);
    }

    public JDA jda() {
        return jda;
    }

    /** Whether the connection to Discord's gateway is up. */
    public boolean connected() {
        return jda.getStatus() == JDA.Status.CONNECTED;
    }

    /**
     * Stops taking new work: commands and buttons from now on are answered only with a sentence saying the bot is
     * restarting, and no new round of posting starts (a round under way goes on).
     */
    public void stopTakingWork() {
        listener.stopTakingWork();
        questions.stopTakingWork();
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
        boolean replied = listener.awaitReplies(wait)
                && questions.awaitReplies(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        boolean posted = poster.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (!replied || !posted) {
            log.warn(
                    "Stopping after {}: {} left unfinished",
                    wait,
                    (replied ? "" : listener.repliesUnderWay() + questions.repliesUnderWay() + " replies")
                            + (replied || posted ? "" : " and ")
                            + (posted ? "" : "a round of posting"));
        }
        close();
        return replied && posted;
    }

    /** Blocks until the bot has shut down. */
    public void awaitShutdown() throws InterruptedException {
        jda.awaitShutdown();
    }

    @Override
    public void close() {
        listener.stopTakingWork();
        questions.stopTakingWork();
        poster.shutdown();
        jda.shutdown();
        workers.shutdown();
        timers.shutdown();
        try {
            if (!jda.awaitShutdown(Duration.ofSeconds(10))) {
                log.warn("The connection to Discord did not close within 10 seconds; closing it now");
                jda.shutdownNow();
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
