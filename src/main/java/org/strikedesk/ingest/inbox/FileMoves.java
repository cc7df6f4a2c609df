package org.strikedesk.ingest.inbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Moves files out of the inbox without ever overwriting one: a name already taken gets a number,
 * {@code figures.xlsx} becoming {@code figures-2.xlsx}, then {@code figures-3.xlsx}. A name too long to take a
 * number and {@code .error.txt} is shortened, so a rejected file always has its error report beside it.
 */
final class FileMoves {
    static final String ERROR_SUFFIX = ".error.txt";
    private static final int MAX_TRIES = 10_000;
    /** The longest file name on the usual file systems, in bytes (ext4, APFS, NTFS count about the same). */
    private static final int MAX_NAME_BYTES = 255;
    /** Past this, what follows the last dot is not an extension worth keeping whole. */
    private static final int MAX_EXTENSION_BYTES = 20;

    private FileMoves() {}

    /** Moves {@code file} into {@code folder}, under its own name or a numbered one; returns where it went. */
    static Path moveInto(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        for (int n = 1; n <= MAX_TRIES; n++) {
            Path target = folder.resolve(numbered(name, n));
            // A link left in the folder takes its name too, wherever it points (or if it points nowhere).
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                    || Files.exists(errorFileOf(target), LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                return Files.move(file, target);
            } catch (FileAlreadyExistsException e) {
                // Taken between the check and the move: try the next number.
            }
        }
        throw new IOException("no free name for " + name + " in " + folder);
    }

    /** Writes the error report beside a rejected file; never replaces an existing file. */
    static Path writeErrors(Path rejectedFile, String text) throws IOException {
        Path target = errorFileOf(rejectedFile);
        Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return target;
    }

    static Path errorFileOf(Path file) {
        return file.resolveSibling(file.getFileName() + ERROR_SUFFIX);
    }

    /**
     * {@code figures.xlsx}, {@code figures-2.xlsx}, … (a leading dot is part of the name, not an extension),
     * shortened before the number when the name and its error report's would be too long.
     */
    static String numbered(String name, int n) {
        int dot = name.lastIndexOf('.');
        boolean extended = dot > 0 && utf8Length(name.substring(dot)) <= MAX_EXTENSION_BYTES;
        String stem = extended ? name.substring(0, dot) : name;
        String extension = extended ? name.substring(dot) : "";
        String number = n == 1 ? "" : "-" + n;
        int room = MAX_NAME_BYTES - ERROR_SUFFIX.length() - number.length() - utf8Length(extension);
        return clip(stem, room) + number + extension;
    }

    /** The longest start of {@code text} that is at most {@code bytes} long in UTF-8, cut between characters. */
    private static String clip(String text, int bytes) {
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            used += utf8Length(text.substring(end, next));
            if (used > bytes) {
                break;
            }
            end = next;
        }
        return text.substring(0, end);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
