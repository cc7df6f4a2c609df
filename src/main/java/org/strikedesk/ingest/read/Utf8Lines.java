package org.strikedesk.ingest.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds where a text file stops being UTF-8. The CSV parser's decoder reads ahead of the rows it hands out, so when
 * it fails, the row being parsed says nothing about where the bad byte is; this reads the file again, line by line.
 */
final class Utf8Lines {
    /** What Excel's plain "CSV" writes on Windows in England; shown so a person recognises the character. */
    private static final Charset WINDOWS =
            Charset.isSupported("windows-1252") ? Charset.forName("windows-1252") : StandardCharsets.ISO_8859_1;

    private Utf8Lines() {}

    /**
     * The first byte that is not UTF-8.
     *
     * @param line the 1-based line it is on
     * @param value the byte, 0–255
     */
    record BadByte(int line, int value) {
        /** The byte in hex, and what it reads as in Windows-1252 when that is a letter or a sign. */
        String describe() {
            String hex = String.format("0x%02X", value);
            String shown = new String(new byte[] {(byte) value}, WINDOWS);
            int character = shown.codePointAt(0);
            boolean readable = character != 0xFFFD && (character > 0x9F || Character.isLetterOrDigit(character));
            return readable ? hex + " (\"" + shown + "\" in Windows-1252, as Excel's plain \"CSV\" saves it)" : hex;
        }
    }

    /** The first byte of {@code file} that is not UTF-8, if there is one. */
    static Optional<BadByte> firstBadByte(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int number = 1;
            for (int b = in.read(); ; b = in.read()) {
                if (b == '\n' || b < 0) {
                    Optional<Integer> bad = badByte(line.toByteArray(), decoder);
                    if (bad.isPresent()) {
                        return Optional.of(new BadByte(number, bad.get()));
                    }
                    if (b < 0) {
                        return Optional.empty();
                    }
                    line.reset();
                    number++;
                } else {
                    line.write(b);
                }
            }
        }
    }

    private static Optional<Integer> badByte(byte[] line, CharsetDecoder decoder) {
        ByteBuffer in = ByteBuffer.wrap(line);
        CoderResult result = decoder.reset().decode(in, CharBuffer.allocate(line.length), true);
        if (result.isError()) {
            return Optional.of(line[in.position()] & 0xFF);
        }
        // A sequence cut short by the end of the line is an error too.
        return in.hasRemaining() ? Optional.of(line[in.position()] & 0xFF) : Optional.empty();
    }
}
