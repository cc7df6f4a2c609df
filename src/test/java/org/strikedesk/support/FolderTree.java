package org.strikedesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a folder holds, to compare before and after: every file, folder and link under it by relative path, with a
 * file's content hash or a link's target. Links are listed, never followed, so a link out of the folder cannot make
 * the snapshot read (or miss) what lies outside.
 */
public final class FolderTree {
    private FolderTree() {}

    /** Everything under {@code root}, leaving out what lies under {@code except} (null to leave out nothing). */
    public static Map<String, String> snapshot(Path root, Path except) {
        Map<String, String> entries = new TreeMap<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    if (folder.equals(except)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    entries.put(name(root, folder), "folder");
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    entries.put(name(root, file), describe(file, attributes));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static String name(Path root, Path path) {
        return root.relativize(path).toString();
    }

    private static String describe(Path file, BasicFileAttributes attributes) throws IOException {
        if (attributes.isSymbolicLink()) {
            return "link to " + Files.readSymbolicLink(file);
        }
        if (attributes.isRegularFile()) {
            return "file " + Arrays.hashCode(Files.readAllBytes(file));
        }
        return "other";
    }
}
