package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.OptionSpec;
import org.strikedesk.support.AppOnShippedData;

/** Each slash command's definition, pinned by the JSON JDA sends to Discord for it. */
class SlashCommandsTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> commandNames() {
        Path folder = Path.of("src/test/resources/discord/commands");
        return Stream.of(folder.toFile().list())
                .map(name -> name.replace(".json", ""))
                .sorted();
    }

    @DisplayName("Every command has a pinned definition, and every pinned definition a command")
    @Test
    void everyCommandPinned() {
        List<String> names = shipped.app().commands().specs().stream()
                .map(CommandSpec::name)
                .sorted()
                .toList();

        assertThat(commandNames().toList()).isEqualTo(names);
    }

    @DisplayName("Every option that may be left out says in its description what leaving it out means")
    @Test
    void defaultsSaid() {
        for (CommandSpec spec : shipped.app().commands().specs()) {
            spec.options().stream()
                    .filter(option -> !option.required())
                    .forEach(option -> assertThat(option.description())
                            .as("/" + spec.name() + " " + option.name() + ":")
                            .containsIgnoringCase("default")
                            .hasSizeLessThanOrEqualTo(100));
        }
    }

    @DisplayName("The directory command's option is named trust:, like every other command's")
    @Test
    void trustNamedLikeTheOthers() {
        assertThat(shipped.app().commands().spec("trust").orElseThrow().options())
                .extracting(OptionSpec::name)
                .containsExactly("trust", "page");
    }

    @DisplayName("The definition sent to Discord is the pinned one")
    @ParameterizedTest(name = "/{0}")
    @MethodSource("commandNames")
    void definition(String name) throws IOException {
        CommandSpec spec = shipped.app().commands().spec(name).orElseThrow();

        JsonNode actual = JSON.readTree(SlashCommands.of(spec).toData().toString());

        assertThat(actual).isEqualTo(pinned(name));
    }

    @DisplayName("Every command is offered in servers that installed StrikeDesk, and nowhere else")
    @Test
    void onlyInServers() throws IOException {
        for (CommandSpec spec : shipped.app().commands().specs()) {
            JsonNode data = JSON.readTree(SlashCommands.of(spec).toData().toString());
            assertThat(data.get("contexts").toString()).as(spec.name()).isEqualTo("[\"0\"]");
            assertThat(data.get("integration_types").toString()).as(spec.name()).isEqualTo("[\"0\"]");
        }
    }

    @DisplayName("Admin commands are hidden from members without Manage Server")
    @Test
    void adminCommandsHidden() throws IOException {
        for (CommandSpec spec : shipped.app().commands().specs()) {
            JsonNode data = JSON.readTree(SlashCommands.of(spec).toData().toString());
            if (spec.adminOnly()) {
                assertThat(data.get("default_member_permissions").asText()).isEqualTo("32");
            } else {
                assertThat(data.get("default_member_permissions").isNull())
                        .as(spec.name())
                        .isTrue();
            }
        }
    }

    @DisplayName("Every command and option carries its British English text as the en-GB localisation too")
    @Test
    void britishEnglish() throws IOException {
        for (CommandSpec spec : shipped.app().commands().specs()) {
            JsonNode data = JSON.readTree(SlashCommands.of(spec).toData().toString());
            assertThat(data.get("description_localizations").get("en-GB").asText())
                    .as(spec.name())
                    .isEqualTo(spec.description());
            for (JsonNode option : data.get("options")) {
                assertThat(option.get("description_localizations").get("en-GB").asText())
                        .as(spec.name() + " " + option.get("name").asText())
                        .isEqualTo(option.get("description").asText());
            }
        }
    }

    private static JsonNode pinned(String name) throws IOException {
        try (InputStream in = SlashCommandsTest.class.getResourceAsStream("/discord/commands/" + name + ".json")) {
            assertThat(in).as("pinned definition of /" + name).isNotNull();
            return JSON.readTree(in);
        }
    }
}
