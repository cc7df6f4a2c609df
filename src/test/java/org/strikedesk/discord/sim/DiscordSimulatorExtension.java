package org.strikedesk.discord.sim;

import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one {@link DiscordSimulator} per test class and stops it afterwards. After each test it
 * fails the test if violations or unhandled routes were recorded and not taken by the test
 * ({@link DiscordSimulator#takeViolations()}). The wire log goes to
 * {@code target/discord-sim/<TestClassSimpleName>.jsonl}.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final DiscordSimulatorExtension discord = new DiscordSimulatorExtension();
 * }</pre>
 *
 * <p>With {@code @ExtendWith(DiscordSimulatorExtension.class)} the default world is used and the
 * simulator is injected into test and lifecycle method parameters of type {@link DiscordSimulator}.
 */
public final class DiscordSimulatorExtension
        implements BeforeAllCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {
    private final Consumer<SimulatorBuilder> customizer;
    private DiscordSimulator simulator;

    /** The default newsroom world. */
    public DiscordSimulatorExtension() {
        this(b -> {});
    }

    /** A customised world, e.g. {@code new DiscordSimulatorExtension(b -> b.guild(g -> ...))}. */
    public DiscordSimulatorExtension(Consumer<SimulatorBuilder> customizer) {
        this.customizer = customizer;
    }

    /** The running simulator; available from {@code @BeforeAll} methods on. */
    public DiscordSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("the simulator starts before all tests; register the extension statically");
        }
        return simulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        SimulatorBuilder builder = DiscordSimulator.builder();
        customizer.accept(builder);
        builder.wireLogName(context.getRequiredTestClass().getSimpleName());
        simulator = builder.build().start();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DiscordSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return simulator();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        failOnFindings();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            failOnFindings(); // e.g. what the bot did while shutting down in @AfterAll
        } finally {
            simulator.close();
            simulator = null;
        }
    }

    private void failOnFindings() {
        String problems = simulatorProblems();
        if (problems != null) {
            throw new AssertionError(problems);
        }
    }

    /** Takes what was recorded so one test's problems are not blamed on the next. */
    private String simulatorProblems() {
        Findings snapshot = new Findings();
        simulator.takeViolations().forEach(v -> snapshot.violation(v.rule(), v.detail(), v.request()));
        simulator.takeUnhandled().forEach(snapshot::unhandled);
        return snapshot.describe();
    }
}
