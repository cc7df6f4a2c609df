package org.strikedesk.discord.sim;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import net.dv8tion.jda.api.utils.messages.MessageRequest;

/**
 * A tiny, well-behaved JDA client for the simulator's self-tests. It is configured exactly as a
 * production bot would be pointed at another Discord: REST base URL, gateway URL and no
 * compression. Tests script its reactions per command name or button id.
 */
final class SimBot extends ListenerAdapter implements AutoCloseable {
    final JDA jda;
    private final Map<String, Consumer<SlashCommandInteractionEvent>> slash = new ConcurrentHashMap<>();
    private final Map<String, Consumer<CommandAutoCompleteInteractionEvent>> autocomplete = new ConcurrentHashMap<>();
    private final Map<String, Consumer<ButtonInteractionEvent>> buttons = new ConcurrentHashMap<>();
    final List<Throwable> errors = new CopyOnWriteArrayList<>();
    /** Every message JDA delivered as MessageReceivedEvent, in order. */
    final List<Message> received = new CopyOnWriteArrayList<>();

    private SimBot(DiscordSimulator sim, EnumSet<GatewayIntent> intents) throws InterruptedException {
        // Global JDA default: ping nobody unless a message says otherwise.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        this.jda = configure(JDABuilder.createLight(sim.token(), intents), sim)
                .addEventListeners(this)
                .build()
                .awaitReady();
    }

    static SimBot connect(DiscordSimulator sim) {
        return connect(sim, EnumSet.noneOf(GatewayIntent.class));
    }

    /** A bot that asks for these gateway intents, and keeps every message it receives. */
    static SimBot connect(DiscordSimulator sim, EnumSet<GatewayIntent> intents) {
        try {
            return new SimBot(sim, intents);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A bot that registers {@code /status} and answers it "All quiet": all the gateway and fault tests need. */
    static SimBot answeringStatus(DiscordSimulator sim) {
        SimBot bot = connect(sim);
        bot.jda
                .updateCommands()
                .addCommands(Commands.slash("status", "Say how things are"))
                .complete();
        bot.onSlash("status", e -> e.reply("All quiet").queue());
        return bot;
    }

    /** The only settings a bot needs to talk to the simulator instead of Discord. */
    static JDABuilder configure(JDABuilder builder, DiscordSimulator sim) {
        String gateway = sim.gatewayUrl();
        return builder.setRestConfig(new RestConfig().setBaseUrl(sim.restBaseUrl()))
                .setSessionController(new SessionControllerAdapter() {
                    @Override
                    public String getGateway() {
                        return gateway;
                    }
                })
                .setCompression(Compression.NONE);
    }

    /** A well-behaved edit: JDA only sends allowed_mentions on edits when the builder sets it. */
    static MessageEditData edit(String content) {
        return new MessageEditBuilder()
                .setContent(content)
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .build();
    }

    SimBot onSlash(String command, Consumer<SlashCommandInteractionEvent> handler) {
        slash.put(command, handler);
        return this;
    }

    SimBot onAutocomplete(String command, Consumer<CommandAutoCompleteInteractionEvent> handler) {
        autocomplete.put(command, handler);
        return this;
    }

    SimBot onButton(String customId, Consumer<ButtonInteractionEvent> handler) {
        buttons.put(customId, handler);
        return this;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        run(slash.get(event.getName()), event);
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        run(autocomplete.get(event.getName()), event);
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        run(buttons.get(event.getComponentId()), event);
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        received.add(event.getMessage());
    }

    private <E> void run(Consumer<E> handler, E event) {
        try {
            if (handler != null) {
                handler.accept(event);
            }
        } catch (RuntimeException | AssertionError e) {
            errors.add(e);
        }
    }

    @Override
    public void close() {
        jda.shutdownNow();
        try {
            if (!jda.awaitShutdown(java.time.Duration.ofSeconds(10))) {
                throw new IllegalStateException("the simulator's bot did not shut down within 10 seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
