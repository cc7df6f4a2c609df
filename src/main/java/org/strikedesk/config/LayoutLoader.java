package org.strikedesk.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the wide-workbook layouts, one per {@code *.json} file in a folder, in file-name order (the order in which
 * a workbook is tried against them). A layout that cannot be used is refused with its file and key named.
 *
 * <p>An example, for a sheet headed {@code Region, Code, Name, 11/04/2023 Inpatient, 11/04/2023 Outpatient, …}
 * under a title and a line holding the source URL:
 *
 * <pre>{@code
 * {
 *   "name": "NHS England daily figures by trust",
 *   "sheet": 1,
 *   "headerRow": 3,
 *   "codeColumn": "^code$",
 *   "columns": [
 *     {"heading": "^(?<date>\\d{1,2}/\\d{1,2}/\\d{4}) inpatient", "dateFormat": "d/M/uuuu",
 *      "metric": "inpatient_rescheduled"}
 *   ],
 *   "source": {"cell": "A2"},
 *   "published": {"cell": "B2"},
 *   "noValue": ["-", "*"]
 * }
 * }</pre>
 */
public final class LayoutLoader {
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Every layout in {@code folder}; none when the folder does not exist. */
    public List<WideLayout> loadAll(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder, "*.json")) {
            listing.forEach(files::add);
        } catch (IOException e) {
            throw new ConfigException(folder + ": cannot list the layouts (" + e.getMessage() + ")", e);
        }
        files.sort(null);
        return files.stream().map(this::load).toList();
    }

    /** One layout file. */
    public WideLayout load(Path file) {
        try {
            return parse(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Parses a layout; {@code name} is used in error messages. */
    public WideLayout parse(String name, String text) {
        try {
            WideLayout layout = mapper.readValue(text, WideLayout.class);
            if (layout == null) {
                throw new ConfigException(name + ": must hold one JSON object");
            }
            return layout;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream()
                    .map(Object::toString)
                    .sorted()
                    .collect(Collectors.joining(", "));
            throw new ConfigException(
                    name + ": unknown key \"" + ConfigLoader.keyPath(e) + "\" (known keys here: " + known + ")");
        } catch (JsonMappingException e) {
            throw mappingFailure(name, e);
        } catch (JsonProcessingException e) {
            throw new ConfigException(name + ": not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static ConfigException mappingFailure(String name, JsonMappingException e) {
        String path = ConfigLoader.keyPath(e);
        String where = path.isEmpty() ? name + ": " : name + ": " + path + ": ";
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConfigException problem) {
                return new ConfigException(where + problem.getMessage());
            }
        }
        return new ConfigException(where + "bad value: " + e.getOriginalMessage());
    }
}
