package org.strikedesk.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads {@code strikedesk.json}: unknown keys, bad values and secrets are refused with the key named. */
public final class ConfigLoader {
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(token|secret|password).*");
    private static final Pattern TOKEN_SHAPE =
            Pattern.compile("[MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}");

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Loads the file, or the defaults when {@code file} is null. */
    public StrikeDeskConfig load(Path file) {
        if (file == null) {
            return StrikeDeskConfig.DEFAULT;
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such config file");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(file.toString(), text);
    }

    /** Parses config text; {@code name} is used in error messages. */
    public StrikeDeskConfig parse(String name, String text) {
        try {
            JsonNode tree = mapper.readTree(text);
            if (tree == null || !tree.isObject()) {
                throw new ConfigException(name + ": must hold one JSON object");
            }
            refuseSecrets(name, "", tree);
            return mapper.treeToValue(tree, StrikeDeskConfig.class);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream()
                    .map(Object::toString)
                    .sorted()
                    .collect(Collectors.joining(", "));
            throw new ConfigException(name + ": unknown key \"" + keyPath(e) + "\" (known keys here: " + known + ")");
        } catch (JsonMappingException e) {
            throw mappingFailure(name, e);
        } catch (JsonProcessingException e) {
            // The parser's message quotes the text it stopped at, which may be a token pasted without quotes.
            if (TOKEN_SHAPE.matcher(text).find()) {
                throw refused(name, "it holds what looks like a bot token");
            }
            throw new ConfigException(name + ": not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static ConfigException mappingFailure(String name, JsonMappingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConfigException configException) {
                return new ConfigException(name + ": " + configException.getMessage());
            }
        }
        return new ConfigException(name + ": bad value for \"" + keyPath(e) + "\": " + e.getOriginalMessage());
    }

    /** Where in the file a mapping failed, as {@code columns[1].heading}. */
    static String keyPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static void refuseSecrets(String name, String path, JsonNode node) {
        if (node.isTextual() && TOKEN_SHAPE.matcher(node.asText()).find()) {
            throw secretRefused(name, path);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refuseSecrets(name, path + "[" + i + "]", node.get(i));
            }
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (TOKEN_SHAPE.matcher(field.getKey()).find()) {
                // Said by where it sits, never quoted: an unknown key would be quoted back in full.
                throw refused(
                        name,
                        path.isEmpty()
                                ? "a key looks like a bot token"
                                : "a key in \"" + path + "\" looks like a bot token");
            }
            String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            if (SECRET_KEY.matcher(field.getKey().toLowerCase(Locale.ROOT)).matches()) {
                throw secretRefused(name, key);
            }
            refuseSecrets(name, key, field.getValue());
        }
    }

    private static ConfigException secretRefused(String name, String key) {
        return refused(name, "\"" + key + "\" looks like a secret");
    }

    /** Says where the secret is without repeating it, and where secrets go instead. */
    private static ConfigException refused(String name, String where) {
        return new ConfigException(name + ": " + where + "; config files are not for secrets."
                + " Put the bot token in the DISCORD_TOKEN environment variable, or in a file named by"
                + " DISCORD_TOKEN_FILE, and remove it from this file.");
    }
}
