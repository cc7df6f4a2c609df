package org.strikedesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;

/**
 * A bot token in the config file is refused wherever it sits, and the refusal never repeats it: error messages end
 * up in terminals, logs and bug reports.
 */
@Label("Tokens in config files")
class ConfigSecretsPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ConfigLoader loader = new ConfigLoader();

    @Label("A token-shaped value under any key, at any depth, is refused with a pointer to DISCORD_TOKEN")
    @Property(tries = 200, seed = "20261128")
    void tokenValues(@ForAll("tokens") String token, @ForAll("keyPaths") List<String> path) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode parent = root;
        for (String key : path.subList(0, path.size() - 1)) {
            parent = parent.putObject(key);
        }
        parent.put(path.get(path.size() - 1), token);

        assertRefusedWithoutEcho(root.toString(), token);
    }

    @Label("A token used as a key, pasted without quotes, or in a file that is not JSON is refused all the same")
    @Property(tries = 100, seed = "20261128")
    void tokensElsewhere(@ForAll("tokens") String token) {
        assertRefusedWithoutEcho("{\"" + token + "\": 1}", token);
        assertRefusedWithoutEcho("{\"style\": {\"" + token + "\": \"x\"}}", token);
        assertRefusedWithoutEcho("{\"discord\": {\"guilds\": [" + token + "]}}", token);
        assertRefusedWithoutEcho(token, token);
        assertRefusedWithoutEcho(token + "\n", token);
        assertRefusedWithoutEcho("{\"discord\": {\"apiBaseUrl\": \"Bot " + token + "\"", token);
    }

    private void assertRefusedWithoutEcho(String text, String token) {
        ConfigException refused = catchThrowableOfType(ConfigException.class, () -> loader.parse("test.json", text));

        assertThat(refused).as("refused: %s", text).isNotNull();
        assertThat(refused.getMessage()).contains("DISCORD_TOKEN");
        for (String part : token.split("\\.", -1)) {
            assertThat(refused.getMessage()).doesNotContain(part);
        }
    }

    /** Made up at run time in the shape Discord uses: id, timestamp and signature parts, base64url. */
    @Provide
    Arbitrary<String> tokens() {
        StringArbitrary chars =
                Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");
        return Combinators.combine(
                        Arbitraries.of("M", "N", "O"),
                        chars.ofMinLength(23).ofMaxLength(25),
                        chars.ofLength(6),
                        chars.ofMinLength(27).ofMaxLength(38))
                .as((first, id, time, signature) -> first + id + "." + time + "." + signature);
    }

    /** Known keys and any others, one to four deep. */
    @Provide
    Arbitrary<List<String>> keyPaths() {
        Arbitrary<String> key = Arbitraries.oneOf(
                Arbitraries.of("discord", "guilds", "apiBaseUrl", "style", "quoteVerb", "data", "directory", "posts"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(20));
        return key.list().ofMinSize(1).ofMaxSize(4);
    }
}
