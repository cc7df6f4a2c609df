package org.strikedesk.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/** Edits the parts of a ZIP package (an .xlsx) for tests of hostile and damaged workbooks. */
public final class ZipParts {
    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    private ZipParts() {}

    public static ZipParts of(byte[] zip) {
        ZipParts edited = new ZipParts();
        try (ZipFile in = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip))
                .get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(in.getEntries())) {
                try (InputStream content = in.getInputStream(entry)) {
                    edited.parts.put(entry.getName(), content.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return edited;
    }

    /** An empty package. */
    public static ZipParts empty() {
        return new ZipParts();
    }

    public ZipParts put(String name, byte[] content) {
        parts.put(name, content);
        return this;
    }

    public ZipParts put(String name, String content) {
        return put(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Rewrites a part's text. */
    public ZipParts edit(String name, UnaryOperator<String> edit) {
        return put(name, edit.apply(new String(parts.get(name), StandardCharsets.UTF_8)));
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code size} bytes of zeros, as a stream, so a test need not hold them. */
    public static InputStream zeros(long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }

    /**
     * Makes a package's central directory claim that {@code name} unpacks to {@code claimed} bytes, as a zip
     * bomb that lies about its sizes does.
     */
    public static byte[] lieAboutSize(byte[] zip, String name, int claimed) {
        byte[] patched = zip.clone();
        ByteBuffer buffer = ByteBuffer.wrap(patched).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < patched.length; i++) {
            if (buffer.getInt(i) != 0x02014b50) {
                continue;
            }
            int nameLength = Short.toUnsignedInt(buffer.getShort(i + 28));
            String found = new String(patched, i + 46, nameLength, StandardCharsets.UTF_8);
            if (found.equals(new String(wanted, StandardCharsets.UTF_8))) {
                buffer.putInt(i + 24, claimed);
                return patched;
            }
        }
        throw new IllegalArgumentException("no central directory entry for " + name);
    }
}
