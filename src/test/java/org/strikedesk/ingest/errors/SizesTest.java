package org.strikedesk.ingest.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Sizes as people read them")
class SizesTest {

    @DisplayName("a size is rounded, unless it would then read the same as the size it is set beside")
    @ParameterizedTest(name = "{0} beside {1} -> {2}")
    @CsvSource({
        "512, 4096, 512 bytes",
        "5000, 4096, 5 KB",
        "65594, 65536, '65,594 bytes'",
        "65536, 65594, '65,536 bytes'",
        "67200000, 67108864, '67,200,000 bytes'",
        "90000000, 67108864, 86 MB",
        "67108864, 90000000, 64 MB"
    })
    void beside(long bytes, long other, String described) {
        assertThat(Sizes.describeBeside(bytes, other)).isEqualTo(described);
    }
}
