package org.strikedesk.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.strikedesk.Application;
import org.strikedesk.commands.Upload;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.ingest.ImportRoute;

/**
 * A synthetic figures file in the tidy CSV layout, for tests: the {@link #HEADER}, then one line a figure, each
 * citing a made-up source whose path starts {@code /synthetic} ({@code https://example.org/synthetic/...}, or a test
 * server's), so that no one could take its figures for real ones. Tests of odd or broken files build their text from
 * {@link #HEADER} themselves.
 *
 * <pre>{@code
 * TidyCsv.citing("https://example.org/synthetic/release")
 *         .row("2023-06-junior-doctors,RWH,,acute_rescheduled,1202", "2023-06-20")
 *         .importInto(app, folder.resolve("release.csv"));
 * }</pre>
 */
public final class TidyCsv {
    /** The tidy layout's header, every column in the order StrikeDesk documents. */
    public static final String HEADER = "strike,org_code,date,metric,value,source,published";

    private final String source;
    private final StringBuilder text = new StringBuilder(HEADER).append('\n');

    private TidyCsv(String source) {
        this.source = source;
    }

    /** A file whose figures all cite {@code source}, a URL whose path starts {@code /synthetic}. */
    public static TidyCsv citing(String source) {
        if (!URI.create(source).getPath().startsWith("/synthetic")) {
            throw new IllegalArgumentException(
                    "a synthetic figure's source says so, in a path under /synthetic: " + source);
        }
        return new TidyCsv(source);
    }

    /**
     * Adds a figure with no publication date.
     *
     * @param cells its strike, org_code, date, metric and value, as they stand in the file
     *     ({@code 2023-06-junior-doctors,RWH,,acute_rescheduled,1202})
     */
    public TidyCsv row(String cells) {
        return row(cells, "");
    }

    /** Adds a figure published on {@code published} ({@code 2023-06-20}). */
    public TidyCsv row(String cells, String published) {
        text.append(cells)
                .append(',')
                .append(source)
                .append(',')
                .append(published)
                .append('\n');
        return this;
    }

    /** The file's text. */
    public String text() {
        return text.toString();
    }

    /** The file's bytes, in UTF-8. */
    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the file to {@code file} and returns it. */
    public Path writeTo(Path file) {
        try {
            return Files.write(file, bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the file to {@code file} and imports it into {@code app} as {@code strikedesk ingest} would. */
    public ImportReport importInto(Application app, Path file) throws IOException {
        writeTo(file);
        return app.importer().importFile(file, file.getFileName().toString(), ImportRoute.COMMAND_LINE, "test");
    }

    /** The file as an upload named {@code name}, as a command receives it. */
    public Upload upload(String name) {
        byte[] bytes = bytes();
        return new Upload(name, bytes.length, () -> new ByteArrayInputStream(bytes));
    }
}
