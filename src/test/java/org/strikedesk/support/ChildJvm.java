package org.strikedesk.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A Java program run in a JVM of its own, on the tests' class path, from the project's folder: StrikeDesk's command
 * line as a person runs it ({@link #strikeDesk}), or a test's own main class. Everything it prints is kept, line by
 * line, and can be waited for with a deadline.
 */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final Output out;
    private final Output err;

    private ChildJvm(Process process) {
        this.process = process;
        this.out = new Output(process.getInputStream(), "child-stdout");
        this.err = new Output(process.getErrorStream(), "child-stderr");
    }

    /** Starts {@code bin/strikedesk} with {@code args}, as its launcher would (without rebuilding). */
    public static ChildJvm strikeDesk(String... args) {
        return start("org.strikedesk.StrikeDesk", Map.of(), args);
    }

    /** Starts {@code mainClass} with {@code args}, with {@code environment} added to this JVM's. */
    public static ChildJvm start(String mainClass, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Short-lived JVMs: quick to start matters more than peak speed.
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        try {
            return new ChildJvm(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the program to end and returns its exit code; fails if it has not ended by {@code deadline}. */
    public int exitCode(Duration deadline) {
        try {
            if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the child did not end within " + deadline + "; it said:\n" + said());
            }
            out.reader.join(deadline.toMillis());
            err.reader.join(deadline.toMillis());
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for the child", e);
        }
    }

    /** Waits until a line of standard output matches, and returns it. */
    public String awaitOut(Predicate<String> line, Duration deadline) {
        return out.await(line, deadline, this);
    }

    /** Waits until a line of standard error (the log) matches, and returns it. */
    public String awaitErr(Predicate<String> line, Duration deadline) {
        return err.await(line, deadline, this);
    }

    /** Writes a line to the program's standard input. */
    public void tell(String line) {
        try {
            process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Standard output so far. */
    public List<String> out() {
        return out.lines();
    }

    /** Standard error so far. */
    public List<String> err() {
        return err.lines();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Everything said so far, for failure messages. */
    public String said() {
        return "stdout:\n  " + String.join("\n  ", out()) + "\nstderr:\n  " + String.join("\n  ", err());
    }

    /** Ends the program as a service manager would (SIGTERM), and waits for it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One of the program's output streams, read into lines as they come. */
    private static final class Output {
        private final List<String> lines = new ArrayList<>();
        private final Thread reader;

        Output(InputStream stream, String name) {
            this.reader = new Thread(() -> read(stream), name);
            reader.setDaemon(true);
            reader.start();
        }

        private void read(InputStream stream) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (this) {
                        lines.add(line);
                        notifyAll();
                    }
                }
            } catch (IOException e) {
                // The program ended mid-line: what it said until then is what counts.
            } finally {
                synchronized (this) {
                    notifyAll();
                }
            }
        }

        synchronized List<String> lines() {
            return List.copyOf(lines);
        }

        synchronized String await(Predicate<String> match, Duration deadline, ChildJvm child) {
            long end = System.nanoTime() + deadline.toNanos();
            for (int seen = 0; ; ) {
                Optional<String> found =
                        lines.subList(seen, lines.size()).stream().filter(match).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
                seen = lines.size();
                long left = end - System.nanoTime();
                if (left <= 0 || (!reader.isAlive() && seen == lines.size())) {
                    throw new AssertionError("the child did not say what was awaited within " + deadline + " (alive: "
                            + child.alive() + "); it said:\n" + child.said());
                }
                try {
                    wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted waiting for the child", e);
                }
            }
        }
    }
}
