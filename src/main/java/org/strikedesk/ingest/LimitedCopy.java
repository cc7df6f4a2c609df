package org.strikedesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.io.input.BoundedInputStream;
import org.strikedesk.ingest.errors.Sizes;

/** Copies incoming bytes (an upload, a download) to a temporary file, refusing more than a limit as it goes. */
public final class LimitedCopy {
    private LimitedCopy() {}

    /** More bytes came than the limit allows. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("it is larger than " + Sizes.describe(limit) + ", the most StrikeDesk takes (ingest.maxFileBytes)");
        }
    }

    /**
     * Copies {@code in} to a new temporary file and returns it; the caller deletes it. Past {@code maxBytes} the
     * copy stops, the file is deleted and {@link TooLarge} is thrown, so a sender cannot fill the disk.
     */
    public static Path toTempFile(InputStream in, long maxBytes, String prefix) throws IOException {
        Path file = Files.createTempFile(prefix, ".incoming");
        try (BoundedInputStream bounded = BoundedInputStream.builder()
                .setInputStream(in)
                .setMaxCount(maxBytes + 1)
                .setPropagateClose(false)
                .get()) {
            Files.copy(bounded, file, StandardCopyOption.REPLACE_EXISTING);
            if (bounded.getCount() > maxBytes) {
                throw new TooLarge(maxBytes);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }
}
