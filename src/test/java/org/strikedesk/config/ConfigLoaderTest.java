package org.strikedesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {
    private final ConfigLoader loader = new ConfigLoader();

    @DisplayName("The committed config works as it is")
    @Test
    void committedConfig() {
        StrikeDeskConfig config = loader.load(Path.of("config", "strikedesk.json"));

        assertThat(config.style().quoteVerb()).isEqualTo("rescheduled");
        assertThat(config.discord().apiBaseUrl()).isEqualTo(DiscordConfig.DISCORD_API);
        assertThat(config.discord().gatewayUrl()).isEqualTo(DiscordConfig.DISCORD_GATEWAY);
    }

    @DisplayName("Unknown keys and bad values are refused with a message that names the key")
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"styel\": {}} | unknown key \"styel\"",
                "{\"style\": {\"quoteVerb\": \"axed\"}} | style.quoteVerb",
                "{\"style\": {\"percent\": \"pc\"}} | style.percent",
                "{\"style\": {\"verb\": \"cancelled\"}} | unknown key \"style.verb\"",
                "{\"discord\": {\"guilds\": [\"abc\"]}} | discord.guilds",
                "{\"discord\": {\"apiBaseUrl\": \"ftp://example.org/\"}} | discord.apiBaseUrl",
                "{\"discord\": {\"gatewayUrl\": \"ws://example.org/\"}} | discord.gatewayUrl",
                "{\"discord\": {\"questionLimit\": {\"questions\": 0}}} | discord.questionLimit.questions must be from 1 to 100, not 0",
                "{\"discord\": {\"questionLimit\": {\"questions\": 101}}} | discord.questionLimit.questions",
                "{\"discord\": {\"questionLimit\": {\"per\": \"PT0.5S\"}}} | discord.questionLimit.per must be at least PT1S",
                "{\"discord\": {\"questionLimit\": {\"per\": \"a minute\"}}} | discord.questionLimit.per: \"a minute\" is not a duration",
                "{\"discord\": {\"questionLimit\": {\"burst\": 3}}} | unknown key \"discord.questionLimit.burst\"",
                "{\"data\": {\"directory\": \"\"}} | data.directory",
                "{\"review\": {\"channel\": \"#editors\"}} | review.channel",
                "{\"review\": {\"role\": \"12\"}} | review.role",
                "{\"review\": {\"recordFactor\": 1}} | review.recordFactor",
                "{\"review\": {\"revisionShare\": 0}} | review.revisionShare",
                "{\"review\": {\"revisionMinimum\": -1}} | review.revisionMinimum",
                "{\"review\": {\"staffFactor\": 0.5}} | review.staffFactor",
                "{\"review\": {\"holdAll\": true}} | unknown key \"review.holdAll\"",
                "{\"audit\": {\"keep\": \"6 months\"}} | audit.keep",
                "{\"audit\": {\"keep\": \"PT1H\"}} | audit.keep",
                "{\"posts\": {\"nonceWindow\": \"PT3M\"}} | posts.nonceWindow must be between PT0S and PT2M",
                "{\"posts\": {\"nonceWindow\": \"soon\"}} | posts.nonceWindow",
                "{\"data\": {\"directory\": 5, } | not valid JSON",
                "{\"data\": {\"store\": \" \"}} | data.store must name a file",
                "{\"backup\": {\"every\": \"daily\"}} | backup.every: \"daily\" is not a duration",
                "{\"backup\": {\"every\": \"PT30S\"}} | backup.every must be at least PT1M",
                "{\"backup\": {\"keep\": 0}} | backup.keep must be between 1 and 1000, not 0",
                "{\"backup\": {\"keep\": 1001}} | backup.keep must be between 1 and 1000, not 1001",
                "{\"backup\": {\"directory\": \"\"}} | backup.directory must name a folder",
                "{\"backup\": {\"often\": \"PT1H\"}} | unknown key \"backup.often\"",
                "{\"health\": {\"port\": 0}} | health.port must be between 1 and 65535, not 0",
                "{\"health\": {\"port\": 70000}} | health.port must be between 1 and 65535, not 70000",
                "{\"health\": {\"port\": \"http\"}} | bad value for \"health.port\"",
                "{\"health\": {\"host\": \"  \"}} | health.host must name an address",
                "{\"logging\": {\"format\": \"xml\"}} | logging.format must be \"text\" or \"json\", not \"xml\"",
                "[] | one JSON object"
            })
    void refused(String json, String message) {
        assertThatThrownBy(() -> loader.parse("test.json", json))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("test.json: ")
                .hasMessageContaining(message);
    }

    @DisplayName("A config holding a token is refused with a message that says to use the environment")
    @Test
    void tokensRefused() {
        assertThatThrownBy(() -> loader.parse("test.json", "{\"discord\": {\"token\": \"abc\"}}"))
                .hasMessageContaining("discord.token")
                .hasMessageContaining("DISCORD_TOKEN");
        String tokenShaped = "M" + "x".repeat(23) + "." + "y".repeat(6) + "." + "z".repeat(30);
        assertThatThrownBy(() -> loader.parse("test.json", "{\"discord\": {\"guilds\": [\"" + tokenShaped + "\"]}}"))
                .hasMessageContaining("DISCORD_TOKEN");
    }

    @DisplayName("Backups, health and logging are read as written, and off or plain when left out")
    @Test
    void operations() {
        StrikeDeskConfig config = loader.parse(
                "test.json",
                "{\"data\": {\"store\": \"/var/lib/strikedesk/strikedesk.db\"},"
                        + " \"backup\": {\"every\": \"PT6H\", \"keep\": 3, \"directory\": \"/srv/backups\"},"
                        + " \"health\": {\"port\": 8081, \"host\": \"0.0.0.0\"}, \"logging\": {\"format\": \"JSON\"}}");

        assertThat(config.data().store()).isEqualTo("/var/lib/strikedesk/strikedesk.db");
        assertThat(config.data().directory()).isEqualTo("data");
        assertThat(config.backup()).isEqualTo(new BackupConfig(Optional.of(Duration.ofHours(6)), 3, "/srv/backups"));
        assertThat(config.health()).isEqualTo(new HealthConfig(OptionalInt.of(8081), "0.0.0.0"));
        assertThat(config.logging().format()).isEqualTo(LoggingConfig.Format.JSON);
        assertThat(loader.parse("test.json", "{\"posts\": {\"checkEvery\": \"PT1S\"}}")
                        .posts()
                        .backlog())
                .as("a section with some keys left out")
                .isEqualTo(2);

        StrikeDeskConfig plain = loader.parse("test.json", "{}");
        assertThat(plain.data().store()).isEqualTo("data/strikedesk.db");
        assertThat(plain.backup().every()).isEmpty();
        assertThat(plain.backup().keep()).isEqualTo(7);
        assertThat(plain.backup().directory()).isEqualTo("data/backups");
        assertThat(plain.health().port()).isEmpty();
        assertThat(plain.health().host()).isEqualTo("127.0.0.1");
        assertThat(plain.logging().format()).isEqualTo(LoggingConfig.Format.TEXT);
    }

    @DisplayName("The question limit: how many questions one person may ask at once, and how soon they are given back")
    @Test
    void questionLimit() {
        StrikeDeskConfig config =
                loader.parse("test.json", "{\"discord\": {\"questionLimit\": {\"questions\": 3, \"per\": \"PT30S\"}}}");
        StrikeDeskConfig half = loader.parse("test.json", "{\"discord\": {\"questionLimit\": {\"questions\": 8}}}");

        assertThat(config.discord().questionLimit()).isEqualTo(new QuestionLimit(3, Duration.ofSeconds(30)));
        assertThat(half.discord().questionLimit()).isEqualTo(new QuestionLimit(8, Duration.ofMinutes(1)));
        assertThat(loader.parse("test.json", "{}").discord().questionLimit())
                .isEqualTo(new QuestionLimit(5, Duration.ofMinutes(1)));
    }

    @DisplayName("Missing sections take their defaults")
    @Test
    void defaults() {
        StrikeDeskConfig config = loader.parse("test.json", "{}");

        assertThat(config).isEqualTo(StrikeDeskConfig.DEFAULT);
    }

    @DisplayName("The review section: the editors' channel and role, and the gate's thresholds, each defaulting alone")
    @Test
    void review() {
        StrikeDeskConfig config = loader.parse(
                "test.json",
                "{\"review\": {\"channel\": \"100000000000000009\", \"role\": \"100000000000000077\","
                        + " \"recordFactor\": 4}}");

        assertThat(config.review().editorsChannel()).contains("100000000000000009");
        assertThat(config.review().editorsRole()).contains("100000000000000077");
        assertThat(config.review().recordFactor()).isEqualTo(4);
        assertThat(config.review().revisionShare()).isEqualTo(ReviewConfig.DEFAULT.revisionShare());
        assertThat(config.review().gate()).isTrue();
        assertThat(StrikeDeskConfig.DEFAULT.review().editorsChannel()).isEmpty();
    }
}
