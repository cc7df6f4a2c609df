package org.strikedesk.discord.sim;

import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Discord simulator with a bot connected to it: the one set-up of every test that talks to the simulator through a
 * real JDA. The simulator starts once for the test class (as {@link DiscordSimulatorExtension} starts it, with its
 * checks after each test); the bot connects before the class's own set-up, once for the class or afresh for each
 * test, and is closed before the simulator stops. Faults a test injects end with the test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SimulatedDiscord<SimBot> discord = SimulatedDiscord.forClass(SimBot::connect);
 * }</pre>
 *
 * @param <B> the bot: {@link SimBot} for the simulator's own tests, the real StrikeDesk bot for the bot's
 */
public final class SimulatedDiscord<B extends AutoCloseable>
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {
    private final DiscordSimulatorExtension simulator;
    private final Function<DiscordSimulator, B> connect;
    private final boolean eachTest;
    private B bot;

    private SimulatedDiscord(
            Consumer<SimulatorBuilder> world, Function<DiscordSimulator, B> connect, boolean eachTest) {
        this.simulator = new DiscordSimulatorExtension(world);
        this.connect = connect;
        this.eachTest = eachTest;
    }

    /** The default newsroom world, with one bot for every test of the class. */
    public static <B extends AutoCloseable> SimulatedDiscord<B> forClass(Function<DiscordSimulator, B> connect) {
        return forClass(world -> {}, connect);
    }

    /** A customised world ({@code b -> b.guild(g -> ...)}), with one bot for every test of the class. */
    public static <B extends AutoCloseable> SimulatedDiscord<B> forClass(
            Consumer<SimulatorBuilder> world, Function<DiscordSimulator, B> connect) {
        return new SimulatedDiscord<>(world, connect, false);
    }

    /** The default newsroom world, with a bot connected afresh for each test. */
    public static <B extends AutoCloseable> SimulatedDiscord<B> forEachTest(Function<DiscordSimulator, B> connect) {
        return forEachTest(world -> {}, connect);
    }

    /** A customised world, with a bot connected afresh for each test (the simulator itself lives for the class). */
    public static <B extends AutoCloseable> SimulatedDiscord<B> forEachTest(
            Consumer<SimulatorBuilder> world, Function<DiscordSimulator, B> connect) {
        return new SimulatedDiscord<>(world, connect, true);
    }

    /** The running simulator. */
    public DiscordSimulator sim() {
        return simulator.simulator();
    }

    /** The connected bot. */
    public B bot() {
        if (bot == null) {
            throw new IllegalStateException("the bot connects before each test; register the extension statically");
        }
        return bot;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator.beforeAll(context);
        if (!eachTest) {
            bot = connect.apply(sim());
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (eachTest) {
            bot = connect.apply(sim());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (eachTest) {
                disconnect();
            }
            sim().faults().clear();
        } finally {
            simulator.afterEach(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (!eachTest) {
                disconnect();
            }
        } finally {
            simulator.afterAll(context);
        }
    }

    private void disconnect() {
        B connected = bot;
        bot = null;
        if (connected == null) {
            return; // it never connected, and the failure to connect is the one to report
        }
        try {
            connected.close();
        } catch (Exception e) {
            throw new IllegalStateException("the bot did not close", e);
        }
    }
}
