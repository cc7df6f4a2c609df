package org.strikedesk;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a reliability test did, kept as {@code target/reliability/<name>.json} (for example {@code {"kills": 20,
 * "intact": 20}}), so the figures in the README are the ones the tests produced.
 */
public final class ReliabilityRecord {
    /** Where the records and the summary go. */
    public static final Path FOLDER = Path.of("target", "reliability");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReliabilityRecord() {}

    /** Writes the figures of one test, replacing what an earlier run wrote. */
    public static void write(String name, Map<String, ?> figures) {
        try {
            Files.createDirectories(FOLDER);
            JSON.writeValue(FOLDER.resolve(name + ".json").toFile(), new LinkedHashMap<>(figures));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The figures a test wrote, if it has run. */
    public static Optional<Map<String, Object>> read(String name) {
        Path file = FOLDER.resolve(name + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Object>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
