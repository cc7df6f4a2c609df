package org.strikedesk.ingest.inbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Moves files out of the inbox without ever overwriting one: a name already taken gets a number,
 * {@code figures.xlsx} becoming {@code figures-2.xlsx}, then {@code figures-3.xlsx}.
 */
final class FileMoves {
    static final String ERROR_SUFFIX = ".error.txt";
    private static final int MAX_TRIES = 10_000;

    private FileMoves() {}

    /** Moves {@code file} into {@code folder}, under its own name or a numbered one; returns where it went. */
    static Path moveInto(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        for (int n = 1; n <= MAX_TRIES; n++) {
            Path target = folder.resolve(numbered(name, n));
            if (Files.exists(target) || Files.exists(errorFileOf(target))) {
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

    /** {@code figures.xlsx}, {@code figures-2.xlsx}, … (a leading dot is part of the name, not an extension). */
    static String numbered(String name, int n) {
        if (n == 1) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot);
    }
}
