package org.strikedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * StrikeDesk as a process of its own, as a service manager runs it: started with a command line and an environment,
 * stopped with signals. What it writes (standard output and error together) is kept, line by line, to wait on.
 */
public final class BotProcess implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private BotProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "bot-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code command} in {@code directory} with {@code environment} added to this JVM's. */
    public static BotProcess start(List<String> command, Path directory, Map<String, String> environment)
            throws IOException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return new BotProcess(builder.start());
    }

    /** This JVM's java running StrikeDesk from the test class path: the code under test, started as bin/strikedesk does. */
    public static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(coverageAgent());
        command.addAll(List.of(
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                StrikeDesk.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * The JaCoCo agent this JVM runs with, if any, so that the code the process runs counts in the build's coverage
     * report as the same code run in this JVM does. Both append to the same file.
     */
    private static List<String> coverageAgent() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("-javaagent:") && argument.contains("jacoco"))
                .toList();
    }

    private void read() {
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // The process ended mid-line: what it wrote until then is what counts.
        }
    }

    /** Waits until a line containing {@code text} has been written. */
    public void awaitLine(String text, Duration timeout) {
        Awaitility.await("a line with \"" + text + "\" from the bot")
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> lines.stream().anyMatch(line -> line.contains(text)) || !process.isAlive());
        if (!process.isAlive()) {
            readToTheEnd();
        }
        assertThat(String.join("\n", lines))
                .as("the bot's output (%s)", process.isAlive() ? "running" : "exited with " + process.exitValue())
                .contains(text);
    }

    /**
     * SIGTERM, as {@code systemctl stop} sends it. Sent with kill(1): {@link Process#destroy()} sends the same signal,
     * but also closes the pipe from the process, and what it writes while it stops would be lost.
     */
    public void terminate() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-TERM", Long.toString(process.pid()))
                .redirectErrorStream(true)
                .start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0)
                .as("kill -TERM %s", process.pid())
                .isTrue();
    }

    /** The exit status, once it has exited within {@code timeout}. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        assertThat(process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS))
                .as("the bot exited within %s; it wrote:%n%s", timeout, String.join("\n", lines))
                .isTrue();
        readToTheEnd();
        return process.exitValue();
    }

    /** Once the process has exited, what it wrote last may still be on its way through the pipe. */
    private void readToTheEnd() {
        try {
            reader.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
