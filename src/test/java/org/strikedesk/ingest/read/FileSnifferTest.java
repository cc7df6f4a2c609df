package org.strikedesk.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.strikedesk.support.TidyCsv;

@DisplayName("Telling file formats apart by their first bytes")
class FileSnifferTest {
    private static final String HEADER = TidyCsv.HEADER + "\n";

    @Test
    @DisplayName("UTF-8 text full of letters outside ASCII is text, not binary")
    void nonAsciiText() {
        String row = "2023-04-junior-doctors,RWH,,inpatient_rescheduled,5,https://example.org/synthetic/"
                + "страйк-цифри-лікарні\n";
        byte[] head = (HEADER + row.repeat(4)).getBytes(StandardCharsets.UTF_8);

        assertThat(FileSniffer.isBinary(head)).isFalse();
    }

    @Test
    @DisplayName("a byte-order mark alone is not binary")
    void byteOrderMark() {
        assertThat(FileSniffer.isBinary(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
                .isFalse();
    }

    @Test
    @DisplayName("NULs and control characters are binary")
    void binary() {
        assertThat(FileSniffer.isBinary(new byte[] {'a', 0, 'b'})).isTrue();
        assertThat(FileSniffer.isBinary(new byte[] {1, 2, 3, 4, 'a'})).isTrue();
    }

    @Test
    @DisplayName("UTF-16 text, with or without a byte-order mark, is recognised as such")
    void utf16() {
        assertThat(FileSniffer.isUtf16(("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_16LE)))
                .isTrue();
        assertThat(FileSniffer.isUtf16(("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_16BE)))
                .isTrue();
        assertThat(FileSniffer.isUtf16(HEADER.getBytes(StandardCharsets.UTF_16LE)))
                .isTrue();
        assertThat(FileSniffer.isUtf16(HEADER.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(FileSniffer.isUtf16(new byte[] {'a', 0, 'b'})).isFalse();
    }
}
