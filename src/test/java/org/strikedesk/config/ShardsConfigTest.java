package org.strikedesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code discord.shards}: how many shards, which of them this process runs, and which servers that makes its own. */
class ShardsConfigTest {
    private static ShardsConfig parse(String shards) {
        return new ConfigLoader()
                .parse("test.json", "{\"discord\": {\"shards\": " + shards + "}}")
                .discord()
                .shards();
    }

    @DisplayName("Left out, the shards are as many as Discord recommends, all in this process")
    @Test
    void byDefault() {
        ShardsConfig shards = StrikeDeskConfig.DEFAULT.discord().shards();

        assertThat(shards.recommended()).isTrue();
        assertThat(shards.everyShard()).isTrue();
        assertThat(shards.runsFirst()).isTrue();
        assertThat(parse("{}")).isEqualTo(ShardsConfig.RECOMMENDED);
    }

    @DisplayName("A total alone is every shard; from and to default to the first and the last")
    @ParameterizedTest(name = "{0} runs {1}–{2} of {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"total\": 4}                          | 0 | 3 | 4 | true",
                "{\"total\": 4, \"from\": 2}             | 2 | 3 | 4 | false",
                "{\"total\": 4, \"to\": 1}               | 0 | 1 | 4 | false",
                "{\"total\": 4, \"from\": 1, \"to\": 1}  | 1 | 1 | 4 | false",
            })
    void ranges(String json, int from, int to, int total, boolean every) {
        ShardsConfig shards = parse(json);

        assertThat(shards).isEqualTo(new ShardsConfig(total, from, to));
        assertThat(shards.everyShard()).isEqualTo(every);
    }

    @DisplayName("A range that cannot be is refused, naming the key")
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"total\": 0}                         | discord.shards.total must be from 1 to 10000",
                "{\"total\": -2}                        | discord.shards.total must be from 1 to 10000",
                "{\"total\": 20000}                     | discord.shards.total must be from 1 to 10000",
                "{\"from\": 1}                          | discord.shards.from and discord.shards.to need"
                        + " discord.shards.total",
                "{\"total\": 4, \"from\": 4}            | discord.shards.from must be from 0 to 3",
                "{\"total\": 4, \"from\": -1}           | discord.shards.from must be from 0 to 3",
                "{\"total\": 4, \"from\": 2, \"to\": 1} | discord.shards.to must be from 2 (discord.shards.from) to 3",
                "{\"total\": 4, \"to\": 4}              | discord.shards.to must be from 0 (discord.shards.from) to 3",
            })
    void refused(String json, String message) {
        assertThatThrownBy(() -> parse(json))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(message);
    }

    /** Servers 2^22 × n belong to shard n % 4 by Discord's formula, (guild_id >> 22) % total. */
    @DisplayName("A process owns the servers of its shards only, by Discord's formula")
    @ParameterizedTest(name = "server {0} × 2^22, shards {1}–{2} of 4: {3}")
    @CsvSource({
        "0, 0, 1, true",
        "1, 0, 1, true",
        "2, 0, 1, false",
        "7, 0, 1, false",
        "7, 2, 3, true",
        "8, 2, 3, false",
        "8, 0, 3, true",
    })
    void owns(long n, int from, int to, boolean owned) {
        ShardsConfig shards = new ShardsConfig(4, from, to);

        assertThat(shards.owns(n << 22)).isEqualTo(owned);
        assertThat(shards.shardOf(n << 22)).isEqualTo((int) (n % 4));
    }
}
