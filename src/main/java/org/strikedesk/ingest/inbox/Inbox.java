package org.strikedesk.ingest.inbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.ingest.FileLabel;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.ingest.ImportRoute;
import org.strikedesk.ingest.Importer;
import org.strikedesk.store.StoreException;

/**
 * The inbox folder. Each scan lists it and imports every file that has settled, then moves it to the imported
 * folder, or to the rejected folder with {@code NAME.error.txt} beside it. A file has settled when its size and
 * modification time were the same at two scans at least the settle time apart, so a file still being copied in is
 * not read early. Hidden files and the temporary names editors and downloads use are left alone. Symbolic links
 * are never followed: they are set aside in the rejected folder with the reason.
 *
 * <p>While a file is imported, a hidden note in the inbox ({@value #IMPORTING}) names it and the process importing it.
 * A note left by a process that is no longer running means that process stopped part-way through the import (it ran
 * out of memory, or was killed): nothing of the file was committed, and the file is set aside with that said, rather
 * than imported again by a process that may stop the same way, and again after each restart.
 */
public final class Inbox {
    /** Who the import history names for files from the inbox. */
    public static final String BY = "inbox";

    /** The note of the file being imported, in the inbox; hidden, so never taken for a file to import. */
    static final String IMPORTING = ".importing";

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final InboxFolders folders;
    private final Importer importer;
    private final Clock clock;
    private final Duration settle;
    private final Map<Path, Seen> seen = new HashMap<>();

    /** A file as last seen: its size and modification time, and since when they have been so. */
    private record Seen(long size, Instant modified, Instant since) {}

    /**
     * What one scan did.
     *
     * @param processed the files imported or rejected, in name order
     * @param waiting the files not yet settled, left for a later scan
     */
    public record Scan(List<InboxOutcome> processed, List<String> waiting) {}

    public Inbox(InboxFolders folders, Importer importer, Clock clock, Duration settle) {
        this.folders = folders;
        this.importer = importer;
        this.clock = clock;
        this.settle = settle;
    }

    public InboxFolders folders() {
        return folders;
    }

    /** Lists the inbox once, importing what has settled. Scans never overlap. */
    public synchronized Scan scan() throws IOException {
        Files.createDirectories(folders.inbox());
        Instant now = clock.instant();
        List<InboxOutcome> processed = new ArrayList<>();
        stoppedImport().ifPresent(processed::add);
        List<String> waiting = new ArrayList<>();
        Map<Path, Seen> stillThere = new HashMap<>();
        for (Path file : candidates()) {
            BasicFileAttributes attributes = attributes(file);
            if (attributes == null) {
                continue;
            }
            Seen before = seen.get(file);
            if (settled(before, attributes, now)) {
                processed.add(process(file));
            } else {
                stillThere.put(file, sameAs(before, attributes) ? before : seenNow(attributes, now));
                waiting.add(label(file));
            }
        }
        seen.clear();
        seen.putAll(stillThere);
        return new Scan(processed, waiting);
    }

    private boolean settled(Seen before, BasicFileAttributes attributes, Instant now) {
        return sameAs(before, attributes) && !now.isBefore(before.since().plus(settle));
    }

    private static boolean sameAs(Seen before, BasicFileAttributes attributes) {
        return before != null
                && before.size() == attributes.size()
                && before.modified().equals(attributes.lastModifiedTime().toInstant());
    }

    private static Seen seenNow(BasicFileAttributes attributes, Instant now) {
        return new Seen(attributes.size(), attributes.lastModifiedTime().toInstant(), now);
    }

    /** The files worth looking at, in name order. */
    private List<Path> candidates() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folders.inbox())) {
            for (Path file : listing) {
                boolean fileOrLink = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file);
                if (!ignored(file.getFileName().toString()) && fileOrLink) {
                    files.add(file);
                }
            }
        }
        files.sort(null);
        return files;
    }

    /**
     * The name a file is reported and recorded by: a name can hold line breaks and other characters that would
     * forge a log line or garble a reply, so it is shown as a {@link FileLabel}.
     */
    private static String label(Path file) {
        return FileLabel.of(file.getFileName().toString(), "file");
    }

    /** Hidden files, Office lock files and the names used while a file is still being written. */
    static boolean ignored(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith(".")
                || lower.startsWith("~$")
                || lower.endsWith("~")
                || lower.endsWith(".part")
                || lower.endsWith(".partial")
                || lower.endsWith(".tmp")
                || lower.endsWith(".crdownload")
                || lower.endsWith(".download")
                || lower.endsWith(".swp");
    }

    private static BasicFileAttributes attributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private InboxOutcome process(Path file) {
        String name = label(file);
        if (Files.isSymbolicLink(file)) {
            // A link could point anywhere on this machine, and rejection messages quote what a file holds.
            return setAside(
                    file,
                    name,
                    "it is a symbolic link, and StrikeDesk does not follow links out of the inbox; copy the file"
                            + " itself into the inbox");
        }
        ImportReport report;
        try {
            noteImporting(file);
            report = importer.importFile(file, name, ImportRoute.INBOX, BY);
        } catch (IOException e) {
            return setAside(file, name, "it could not be read: " + e.getMessage());
        } catch (StoreException e) {
            if (e.problem().isEmpty()) {
                return failedOnOurSide(file, name, e);
            }
            // Not the file's fault: it stays in the inbox, to be imported once the store can take it.
            String problem = e.problem().get().kind().summary() + "; nothing was imported, and it will be tried again";
            log.warn("{} was left in the inbox: {}", name, e.getMessage());
            return new InboxOutcome(name, null, null, problem);
        } catch (RuntimeException e) {
            return failedOnOurSide(file, name, e);
        } finally {
            doneImporting();
        }
        return moveOut(file, report);
    }

    /**
     * Notes, before importing it, which file this process imports: its id on the first line, the name after. A note
     * that cannot be written leaves the import unguarded, not undone.
     */
    private void noteImporting(Path file) {
        try {
            Files.writeString(
                    folders.inbox().resolve(IMPORTING),
                    ProcessHandle.current().pid() + "\n" + file.getFileName(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("Could not note the inbox's import under way: {}", e.toString());
        }
    }

    private void doneImporting() {
        try {
            Files.deleteIfExists(folders.inbox().resolve(IMPORTING));
        } catch (IOException e) {
            log.warn("Could not remove the note of the inbox's import under way: {}", e.toString());
        }
    }

    /**
     * The file an earlier process began to import and never finished, set aside; none when no such note is left, or
     * when the process that wrote it is still running (another StrikeDesk at work on the same inbox).
     */
    private Optional<InboxOutcome> stoppedImport() throws IOException {
        Path note = folders.inbox().resolve(IMPORTING);
        List<String> lines;
        try {
            lines = List.of(Files.readString(note, StandardCharsets.UTF_8).split("\n", 2));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        OptionalLong pid = lines.size() == 2 ? parsePid(lines.get(0)) : OptionalLong.empty();
        if (pid.isPresent()
                && pid.getAsLong() != ProcessHandle.current().pid()
                && ProcessHandle.of(pid.getAsLong()).map(ProcessHandle::isAlive).orElse(false)) {
            return Optional.empty();
        }
        Files.deleteIfExists(note);
        if (pid.isEmpty() || pid.getAsLong() == ProcessHandle.current().pid()) {
            return Optional.empty();
        }
        Path file = folders.inbox().resolve(lines.get(1)).normalize();
        if (!folders.inbox().normalize().equals(file.getParent())
                || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(setAside(
                file,
                label(file),
                "StrikeDesk stopped while importing it (it may have run out of memory, or been stopped), and nothing of"
                        + " it was imported; give StrikeDesk more memory for a file this large (see the README's"
                        + " benchmarks on memory), then move it back into the inbox"));
    }

    private static OptionalLong parsePid(String text) {
        try {
            return OptionalLong.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private InboxOutcome failedOnOurSide(Path file, String name, RuntimeException e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Importing {} from the inbox failed (reference {})", name, reference, e);
        return setAside(
                file,
                name,
                "StrikeDesk failed on its side while importing it (logged under reference " + reference
                        + "); move it back into the inbox to try again");
    }

    private InboxOutcome moveOut(Path file, ImportReport report) {
        String name = label(file);
        try {
            if (!report.rejected()) {
                Path moved = FileMoves.moveInto(file, folders.imported());
                log.info("{} (moved to {})", report.summary(), moved);
                return new InboxOutcome(name, report, moved, "");
            }
            Path moved = FileMoves.moveInto(file, folders.rejected());
            return withErrorReport(name, report, moved);
        } catch (IOException e) {
            log.error("Could not move {} out of the inbox: {}", name, e.toString());
            return new InboxOutcome(name, report, null, "it could not be moved: " + e.getMessage());
        }
    }

    private InboxOutcome withErrorReport(String name, ImportReport report, Path moved) {
        try {
            FileMoves.writeErrors(moved, ErrorReport.of(report));
        } catch (IOException e) {
            log.error("Could not write the error report beside {}: {}", moved, e.toString());
            return new InboxOutcome(name, report, moved, "its error report could not be written: " + e.getMessage());
        }
        // A rejection is the sender's to fix, told in the error file beside it; not a fault of the bot's.
        log.info("{} (moved to {}; errors in {})", report.summary(), moved, FileMoves.errorFileOf(moved));
        return new InboxOutcome(name, report, moved, "");
    }

    private InboxOutcome setAside(Path file, String name, String problem) {
        try {
            Path moved = FileMoves.moveInto(file, folders.rejected());
            FileMoves.writeErrors(moved, name + " was not imported: " + problem + ".\n");
            log.warn("{} was not imported: {} (moved to {})", name, problem, moved);
            return new InboxOutcome(name, null, moved, problem);
        } catch (IOException e) {
            log.error("Could not move {} out of the inbox: {}", name, e.toString());
            return new InboxOutcome(name, null, null, problem);
        }
    }
}
