package org.strikedesk.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strikedesk.Application;
import org.strikedesk.ReliabilityRecord;
import org.strikedesk.figures.FiguresStore;
import org.strikedesk.ingest.FileLabel;
import org.strikedesk.support.FolderTree;
import org.strikedesk.support.MutableClock;
import org.strikedesk.support.TestApplications;
import org.strikedesk.support.TidyCsv;

/**
 * Files with awkward names, and links pointing out of the inbox, are placed in the inbox together and the inbox is
 * scanned as the watcher would. Nothing outside the data folder changes, no link is followed, every file ends up
 * in imported/ or rejected/ (with its error report) or is left alone, and names are shown as safe labels.
 */
@DisplayName("The inbox with hostile file names and links writes nothing outside the data folder")
class InboxNamesTest {
    private static final String SOURCE = "https://example.org/synthetic/inbox-names";
    /** Good figures that lie outside: if a link were followed, the store would gain them. */
    private static final String SECRET = TidyCsv.citing(SOURCE)
            .row("2023-07-junior-doctors,RGT,2023-07-13,inpatient_rescheduled,4242")
            .text();

    /** What should become of an entry. */
    enum Fate {
        IMPORTED,
        REJECTED,
        LINK_SET_ASIDE,
        LEFT_ALONE
    }

    /**
     * Something placed in the inbox.
     *
     * @param name its name in the inbox
     * @param fate what should become of it
     * @param linkTo for a link, where it points
     */
    record Entry(String name, Fate fate, String linkTo) {
        @Override
        public String toString() {
            return fate + " " + name.replace("\n", "\\n").replace("\r", "\\r")
                    + (linkTo == null ? "" : " -> " + linkTo);
        }
    }

    @TempDir
    static Path root;

    private static Path data;
    private static Path outside;
    private static Map<String, String> outsideBefore;
    private static Application app;
    private static final List<InboxOutcome> outcomes = new java.util.ArrayList<>();

    static List<Entry> entries() {
        String longest = "synthetic-" + "x".repeat(241) + ".csv";
        return List.of(
                // A leading dot makes a hidden file, which the inbox leaves alone; the same names follow a letter.
                file("..\\..\\outside\\escaped.csv", Fate.LEFT_ALONE),
                file("a\\..\\..\\outside\\escaped.csv", Fate.IMPORTED),
                file("C:\\Windows\\escaped.csv", Fate.IMPORTED),
                file("figures\n.csv", Fate.REJECTED),
                file("figures\r\nINFO forged log line.csv", Fate.IMPORTED),
                file(longest, Fate.REJECTED),
                file("..\u2215..\u2215outside\u2215escaped.csv", Fate.LEFT_ALONE),
                file("a\u2215..\u2215..\u2215outside\u2215escaped.csv", Fate.IMPORTED),
                file("\uff0e\uff0e\uff0fescaped.csv", Fate.REJECTED),
                file("\u2024\u2024\u2044escaped.csv", Fate.IMPORTED),
                file("%2e%2e%2fescaped.csv", Fate.IMPORTED),
                file("synthetic.csv", Fate.REJECTED),
                file("synthetic.csv.error.txt", Fate.REJECTED),
                file("\u202Evsc.escaped", Fate.REJECTED),
                file("-rf .csv", Fate.IMPORTED),
                file("*?<>|:\".csv", Fate.IMPORTED),
                file("trailing dot.", Fate.REJECTED),
                file("NUL", Fate.REJECTED),
                file("..csv", Fate.LEFT_ALONE),
                new Entry("folder.csv", Fate.LEFT_ALONE, null),
                link("link-absolute.csv", "ABSOLUTE/secret.csv"),
                link("link-relative.csv", "../../../outside/secret.csv"),
                link("link-folder.csv", "ABSOLUTE"),
                link("link-dangling.csv", "ABSOLUTE/nothing-here.csv"),
                link("link-system.csv", "/etc/passwd"));
    }

    private static Entry file(String name, Fate fate) {
        return new Entry(name, fate, null);
    }

    private static Entry link(String name, String target) {
        return new Entry(name, Fate.LINK_SET_ASIDE, target);
    }

    @BeforeAll
    static void placeAndScan() throws IOException {
        data = Files.createDirectories(root.resolve("home").resolve("data"));
        outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("secret.csv"), SECRET);
        MutableClock clock = MutableClock.at("2026-01-12T09:00:00Z");
        app = TestApplications.open(data, clock, settings());
        List<Entry> entries = entries();
        for (int i = 0; i < entries.size(); i++) {
            place(entries.get(i), i);
        }
        outsideBefore = FolderTree.snapshot(root, data);

        app.inbox().scan();
        clock.advance(Duration.ofSeconds(2));
        outcomes.addAll(app.inbox().scan().processed());
    }

    private static String settings() {
        return "{\"ingest\": {\"inbox\": \"" + data.resolve("inbox") + "\", \"imported\": \"" + data.resolve("imported")
                + "\", \"rejected\": \"" + data.resolve("rejected") + "\", \"settle\": \"PT2S\"}}";
    }

    private static void place(Entry entry, int n) throws IOException {
        Path inbox = Files.createDirectories(data.resolve("inbox"));
        Path path = inbox.resolve(entry.name());
        if (entry.fate() == Fate.LINK_SET_ASIDE) {
            Files.createSymbolicLink(path, target(entry));
        } else if (entry.name().equals("folder.csv")) {
            Files.writeString(Files.createDirectories(path).resolve("inner.csv"), content(entry, n));
        } else {
            Files.writeString(path, content(entry, n));
        }
    }

    private static Path target(Entry entry) {
        return Path.of(entry.linkTo().replace("ABSOLUTE", outside.toString()));
    }

    /** Good figures for a file to be imported (a new value each, so each changes the store); else not figures. */
    private static String content(Entry entry, int n) {
        if (entry.fate() == Fate.IMPORTED) {
            return TidyCsv.citing(SOURCE)
                    .row("2023-04-junior-doctors,RAJ,2023-04-12,outpatient_rescheduled," + (500 + n))
                    .text();
        }
        return "synthetic, not figures: entry " + n + "\n";
    }

    @AfterAll
    static void close() {
        int escaped = changedOutside().size();
        app.close();
        ReliabilityRecord.write(
                "hostile-names-inbox", Map.of("hostileNames", entries().size(), "escaped", escaped));
    }

    /** Paths outside the data folder that were added, changed or removed since the entries were placed. */
    private static Set<String> changedOutside() {
        Map<String, String> after = FolderTree.snapshot(root, data);
        Set<String> changed = new TreeSet<>();
        after.forEach((name, what) -> {
            if (!what.equals(outsideBefore.get(name))) {
                changed.add(name);
            }
        });
        outsideBefore.keySet().stream().filter(name -> !after.containsKey(name)).forEach(changed::add);
        return changed;
    }

    @Test
    @DisplayName(
            "nothing outside the data folder changed, and the data folder holds only the store and the three folders")
    void nothingOutside() throws IOException {
        Set<String> changed = changedOutside();

        assertThat(changed).as("paths outside the data folder added or changed").isEmpty();
        assertThat(outside.resolve("secret.csv")).hasContent(SECRET.strip());
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .allMatch(name -> name.startsWith("strikedesk.db")
                            || Set.of("inbox", "imported", "rejected").contains(name));
        }
        assertThat(new FiguresStore(app.database()).figures("RGT", "2023-07-junior-doctors"))
                .as("figures read through a link")
                .isEmpty();
    }

    @Test
    @DisplayName("every name is shown and recorded as a safe label")
    void labels() {
        assertThat(outcomes).hasSize((int)
                entries().stream().filter(e -> e.fate() != Fate.LEFT_ALONE).count());
        assertThat(outcomes).extracting(InboxOutcome::name).allSatisfy(InboxNamesTest::assertSafe);
        assertThat(app.history().latest(100))
                .extracting(record -> record.arrival().file())
                .allSatisfy(InboxNamesTest::assertSafe);
    }

    @DisplayName("each entry is imported, rejected with its error report, set aside unfollowed, or left alone")
    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void fate(Entry entry) throws IOException {
        Path inInbox = data.resolve("inbox").resolve(entry.name());
        if (entry.fate() == Fate.LEFT_ALONE) {
            assertThat(Files.exists(inInbox, LinkOption.NOFOLLOW_LINKS))
                    .as("left in the inbox")
                    .isTrue();
            return;
        }
        InboxOutcome outcome = outcomeOf(entry);
        assertThat(outcome.name()).isEqualTo(FileLabel.of(entry.name(), "file"));
        assertThat(Files.exists(inInbox, LinkOption.NOFOLLOW_LINKS))
                .as("still in the inbox")
                .isFalse();
        Path moved = outcome.movedTo();
        assertThat(moved.getParent()).isEqualTo(data.resolve(entry.fate() == Fate.IMPORTED ? "imported" : "rejected"));
        switch (entry.fate()) {
            case IMPORTED -> assertThat(outcome.rejected()).isFalse();
            case REJECTED ->
                assertThat(FileMoves.errorFileOf(moved))
                        .content(StandardCharsets.UTF_8)
                        .startsWith(outcome.name() + " was rejected on ");
            case LINK_SET_ASIDE -> {
                assertThat(outcome.problem()).contains("it is a symbolic link");
                assertThat(FileMoves.errorFileOf(moved))
                        .content(StandardCharsets.UTF_8)
                        .contains("it is a symbolic link, and StrikeDesk does not follow links out of the inbox");
            }
            default -> throw new IllegalStateException(entry.toString());
        }
    }

    /**
     * The outcome of the entry, found by what was moved (labels may coincide): a link by where it points, a file by
     * its content, which is different for each entry.
     */
    private static InboxOutcome outcomeOf(Entry entry) {
        String content = content(entry, entries().indexOf(entry));
        return outcomes.stream()
                .filter(outcome -> entry.fate() == Fate.LINK_SET_ASIDE
                        ? pointsAt(outcome.movedTo(), target(entry))
                        : holds(outcome.movedTo(), content))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no outcome for " + entry));
    }

    private static boolean pointsAt(Path moved, Path target) {
        try {
            return Files.isSymbolicLink(moved) && Files.readSymbolicLink(moved).equals(target);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean holds(Path moved, String content) {
        try {
            return Files.isRegularFile(moved, LinkOption.NOFOLLOW_LINKS)
                    && Files.readString(moved).equals(content);
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    @DisplayName("a file named like an error report does not take the place of the real one")
    void errorReportNames() throws IOException {
        Path rejected = data.resolve("rejected");

        assertThat(rejected.resolve("synthetic.csv.error.txt"))
                .content(StandardCharsets.UTF_8)
                .startsWith("synthetic.csv was rejected on ");
        Entry forged = entries().stream()
                .filter(entry -> entry.name().equals("synthetic.csv.error.txt"))
                .findFirst()
                .orElseThrow();
        assertThat(outcomeOf(forged).movedTo()).isEqualTo(rejected.resolve("synthetic.csv.error-2.txt"));
    }

    private static void assertSafe(String label) {
        assertThat(label)
                .isNotBlank()
                .doesNotContain("/", "\\")
                .doesNotMatch("(?s).*[\\p{Cc}\\p{Cf}].*")
                .isNotIn(".", "..")
                .hasSizeLessThanOrEqualTo(FileLabel.MAX);
    }
}
