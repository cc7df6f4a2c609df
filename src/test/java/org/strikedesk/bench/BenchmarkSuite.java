package org.strikedesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.strikedesk.Application;
import org.strikedesk.config.StrikeDeskConfig;
import org.strikedesk.discord.CancellationsBenchmark;
import org.strikedesk.ingest.ImportRoute;

/**
 * Runs every benchmark on a synthetic England-scale dataset made on the spot, writes {@code target/bench/results.json}
 * and prints a table. Run it with {@code bin/bench} (see the README). Arguments name parts to run: ingest,
 * autocomplete, jmh, e2e, startup, shards (default: all).
 */
public final class BenchmarkSuite {
    private BenchmarkSuite() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("strikedesk.home", "."))
                .toAbsolutePath()
                .normalize();
        Path work = home.resolve("target/bench");
        Files.createDirectories(work);
        Set<String> parts =
                args.length == 0 ? Set.of("ingest", "autocomplete", "jmh", "e2e", "startup", "shards") : Set.of(args);
        SyntheticEngland england = SyntheticEngland.write(home.resolve("data"), work.resolve("synthetic-data"));
        Path store = loadedStore(work, england);
        List<Measure> measures = new ArrayList<>();
        if (parts.contains("ingest")) {
            measures.addAll(new IngestBenchmark(work, england).run());
        }
        if (parts.contains("autocomplete")) {
            try (Application app = open(store, england)) {
                measures.add(new AutocompleteBenchmark(app).run());
            }
        }
        if (parts.contains("jmh")) {
            measures.addAll(jmh(store, england));
        }
        if (parts.contains("e2e")) {
            measures.addAll(new EndToEndBenchmark(store, england.directory(), work).run());
        }
        if (parts.contains("startup")) {
            measures.addAll(new StartupBenchmark(home, work, store, england.directory()).run());
        }
        if (parts.contains("shards")) {
            measures.addAll(new ShardBenchmark(home, work, store, england.directory()).run());
        }
        write(work.resolve("results.json"), measures);
        print(measures);
    }

    private static Application open(Path store, SyntheticEngland england) throws java.io.IOException {
        return Application.open(StrikeDeskConfig.DEFAULT, store, england.directory(), Clock.systemUTC());
    }

    /** A store with the reference data and every synthetic figure, made once per run. */
    private static Path loadedStore(Path work, SyntheticEngland england) throws Exception {
        Path store = work.resolve("synthetic-england.db");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(store + suffix));
        }
        Path csv = work.resolve("synthetic-england-store.csv");
        england.writeTidyCsv(csv);
        try (Application app = open(store, england)) {
            app.importer().importFile(csv, csv.getFileName().toString(), ImportRoute.COMMAND_LINE, "benchmark");
        }
        return store;
    }

    private static List<Measure> jmh(Path store, SyntheticEngland england) throws Exception {
        Options options = new OptionsBuilder()
                .include(CancellationsBenchmark.class.getName())
                .param("store", store.toString())
                .param("data", england.directory().toString())
                .forks(1)
                .threads(1)
                .warmupIterations(3)
                .warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
                .build();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (RunResult result : new Runner(options).run()) {
            String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            scores.put(name, result.getPrimaryResult().getScore());
        }
        double reply = scores.get("reply");
        double afresh = scores.get("replyMadeAfresh");
        double floor = scores.get("bareQuery");
        return List.of(
                Measure.against(
                        "/cancellations trust:ENHT in process: handled, recorded and rendered as Discord JSON, one"
                                + " thread (JMH), asked again since the last import (answer kept)",
                        reply,
                        "replies/s",
                        floor,
                        true,
                        ">= 100,000/s",
                        reply >= 100_000),
                Measure.against(
                        "/cancellations trust:ENHT in process: made afresh and rendered, one thread (JMH), as the first"
                                + " request after an import",
                        afresh,
                        "replies/s",
                        floor,
                        true,
                        "reported",
                        true));
    }

    private static void write(Path file, List<Measure> measures) throws java.io.IOException {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("when", Instant.now().toString());
        results.put(
                "machine",
                Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
        results.put("measures", measures);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), results);
    }

    private static void print(List<Measure> measures) {
        System.out.printf("%n%-100s %14s %-9s %12s %7s  %s%n", "measure", "figure", "unit", "floor", "ratio", "goal");
        for (Measure m : measures) {
            System.out.printf(
                    "%-100s %14s %-9s %12s %7s  %s: %s%s%n",
                    m.name(),
                    figure(m.value()),
                    m.unit(),
                    figure(m.floor()),
                    Double.isNaN(m.ratio()) ? "" : String.format("%.2fx", m.ratio()),
                    m.verdict(),
                    m.goal(),
                    m.spread().isEmpty() ? "" : " (" + m.spread() + ")");
        }
    }

    /** A figure with as many decimals as a small one needs: 0.412, 12.5, 30,892. */
    private static String figure(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        return String.format(Math.abs(value) < 10 ? "%.3f" : Math.abs(value) < 1000 ? "%.1f" : "%,.0f", value);
    }
}
