package org.strikedesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.strikedesk.Application;
import org.strikedesk.trusts.Alias;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.Site;

/**
 * Trust autocomplete over every name people type: each trust's name, alias and hospital, typed a few letters at a
 * time. Goal: the 99th percentile under a millisecond.
 */
final class AutocompleteBenchmark {
    private final Application app;

    AutocompleteBenchmark(Application app) {
        this.app = app;
    }

    Measure run() {
        List<String> inputs = inputs();
        for (int round = 0; round < 3; round++) {
            inputs.forEach(input -> app.commands().complete("cancellations", "trust", input, Map.of()));
        }
        long[] nanos = new long[inputs.size() * 5];
        int i = 0;
        for (int round = 0; round < 5; round++) {
            for (String input : inputs) {
                long start = System.nanoTime();
                app.commands().complete("cancellations", "trust", input, Map.of());
                nanos[i++] = System.nanoTime() - start;
            }
        }
        Percentiles percentiles = new Percentiles(nanos);
        double p99 = percentiles.millis(99);
        return Measure.alone(
                "Trust autocomplete, p99 over " + nanos.length + " inputs (p50 "
                        + String.format("%.3f", percentiles.millis(50)) + " ms)",
                p99,
                "ms",
                "p99 < 1 ms",
                p99 < 1.0);
    }

    /** Every prefix of 2, 4 and 7 letters, and the whole, of every trust name, alias and site. */
    private List<String> inputs() {
        List<String> names = new ArrayList<>();
        for (Organisation trust : app.reference().directory().trusts()) {
            names.add(trust.name());
            app.reference().directory().aliasesOf(trust.code()).stream()
                    .map(Alias::alias)
                    .forEach(names::add);
            app.reference().directory().sitesOf(trust.code()).stream()
                    .map(Site::name)
                    .forEach(names::add);
        }
        List<String> inputs = new ArrayList<>();
        for (String name : names) {
            for (int length : new int[] {2, 4, 7}) {
                if (name.length() > length) {
                    inputs.add(name.substring(0, length));
                }
            }
            inputs.add(name);
        }
        return inputs;
    }
}
