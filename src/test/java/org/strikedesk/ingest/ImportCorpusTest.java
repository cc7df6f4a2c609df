package org.strikedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strikedesk.Application;
import org.strikedesk.ReliabilityRecord;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.FiguresStore;
import org.strikedesk.ingest.UnusualFiles.Expected;
import org.strikedesk.ingest.UnusualFiles.UnusualFile;
import org.strikedesk.ingest.errors.ImportError;
import org.strikedesk.support.MutableClock;
import org.strikedesk.support.StoreAnswers;
import org.strikedesk.support.TestApplications;

/**
 * Every malformed file of a corpus (synthetic, made by {@link MalformedCsvFiles} and {@link MalformedWorkbooks}) is
 * tried against one store loaded with the shipped data. Each must be rejected with errors that name the file and,
 * where the fault has one, the sheet, row and column; and the store must answer exactly as it did before, its
 * history alone having gained a rejection. Files that are only unusual ({@link UnusualFiles}) must be accepted and
 * give exactly their figures.
 */
@DisplayName("A corpus of malformed and unusual figures files")
class ImportCorpusTest {
    /** Small, so that a file over the limit is small too. */
    static final long MAX_FILE_BYTES = 64 * 1024;

    /**
     * Small limits, so that files can exceed them; and no plausibility gate, which would hold the unusual files' large
     * synthetic figures (it is tested in {@code PlausibilityGateTest}): this corpus is about reading files.
     */
    private static final String SETTINGS = "{\"ingest\": {\"maxFileBytes\": " + MAX_FILE_BYTES
            + ", \"maxRows\": 50, \"maxColumns\": 20}, \"review\": {\"gate\": false}}";

    private static final AtomicInteger tried = new AtomicInteger();
    private static final AtomicInteger rejected = new AtomicInteger();
    private static final AtomicInteger unchanged = new AtomicInteger();
    private static final AtomicInteger accepted = new AtomicInteger();

    @TempDir
    static Path folder;

    /** The store every malformed file is tried against, one after another. */
    private static Application rejecting;
    /** The store the unusual files go into; each file's figures are its own. */
    private static Application accepting;

    private static StoreAnswers before;

    @BeforeAll
    static void open() throws IOException {
        rejecting = open("rejecting");
        accepting = open("accepting");
        before = StoreAnswers.of(rejecting);
    }

    private static Application open(String name) throws IOException {
        Path home = Files.createDirectories(folder.resolve(name));
        return TestApplications.open(home, MutableClock.at("2026-01-12T09:00:00Z"), SETTINGS);
    }

    @AfterAll
    static void close() {
        rejecting.close();
        accepting.close();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("malformedFiles", tried.get());
        figures.put("rejected", rejected.get());
        figures.put("storeUnchanged", unchanged.get());
        figures.put("unusualAccepted", accepted.get());
        ReliabilityRecord.write("import-corpus", figures);
    }

    static List<MalformedFile> malformed() {
        List<MalformedFile> files = new ArrayList<>(MalformedCsvFiles.all());
        files.addAll(MalformedWorkbooks.all());
        return files;
    }

    static List<UnusualFile> unusual() {
        return UnusualFiles.all();
    }

    private static ImportReport importInto(Application app, String name, byte[] content) throws IOException {
        Path file = Files.write(Files.createDirectories(folder.resolve("files")).resolve(name), content);
        return app.importer().importFile(file, name, ImportRoute.UPLOAD, "import corpus");
    }

    @DisplayName("A malformed file is rejected, each error located, and the store answers as it did before")
    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void rejected(MalformedFile file) throws IOException {
        long imports = StoreAnswers.imports(rejecting);
        tried.incrementAndGet();

        ImportReport report = importInto(rejecting, file.name(), file.content());

        assertThat(report.rejected()).as("rejected").isTrue();
        rejected.incrementAndGet();
        assertThat(report.errors()).extracting(ImportError::file).containsOnly(file.name());
        assertThat(report.errorCount()).isEqualTo(report.errors().size());
        assertThat(report.errors())
                .extracting(ImportError::toString)
                .as("every error, in order")
                .hasSameSizeAs(file.errors())
                .satisfies(errors -> {
                    for (int i = 0; i < errors.size(); i++) {
                        assertThat(errors.get(i)).startsWith(file.errors().get(i));
                    }
                });
        assertThat(StoreAnswers.of(rejecting)).as("the store's answers").isEqualTo(before);
        assertThat(StoreAnswers.imports(rejecting)).as("imports recorded").isEqualTo(imports + 1);
        assertThat(rejecting.history().latest(1).get(0)).satisfies(record -> {
            assertThat(record.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
            assertThat(record.arrival().file()).isEqualTo(file.name());
        });
        unchanged.incrementAndGet();
    }

    @DisplayName("A file that is only unusual is accepted and gives exactly the figures it holds")
    @ParameterizedTest(name = "{0}")
    @MethodSource("unusual")
    void accepted(UnusualFile file) throws IOException {
        ImportReport report = importInto(accepting, file.name(), file.content());

        assertThat(report.errors()).isEmpty();
        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.changes())
                .extracting(change -> expected(change.after()))
                .containsExactlyInAnyOrderElementsOf(file.figures());
        assertThat(held(file)).containsExactlyInAnyOrderElementsOf(file.figures());
        accepted.incrementAndGet();
    }

    /** The figures the store now holds for the trusts the file speaks of, in its strike. */
    private static List<Expected> held(UnusualFile file) {
        FiguresStore store = new FiguresStore(accepting.database());
        return file.figures().stream()
                .map(Expected::org)
                .distinct()
                .flatMap(org -> store.figures(org, UnusualFiles.STRIKE).stream())
                .map(ImportCorpusTest::expected)
                .toList();
    }

    private static Expected expected(Figure figure) {
        return new Expected(figure.orgCode(), figure.day(), figure.metric().id(), figure.value());
    }
}
