package org.strikedesk.ingest.guard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.io.IOUtils;
import org.apache.commons.io.input.BoundedInputStream;
import org.strikedesk.ingest.errors.ImportError;
import org.strikedesk.ingest.errors.Sizes;

/**
 * Decides whether a workbook is safe to open, before the workbook reader sees it. It refuses macros, links to
 * other workbooks, passwords, and anything that would unpack to far more than a figures workbook does: first by
 * the sizes the ZIP declares, then by the bytes actually unpacked, which are counted and capped as every part is
 * read once (a ZIP may lie about its sizes). Worksheets are scanned for too many rows or columns and for damage
 * that would make the reader run out of memory.
 */
public final class WorkbookGuard {
    /** A part this small may shrink any amount: a sheet of blanks compresses very well and harms no one. */
    private static final long RATIO_FLOOR = 1024 * 1024;

    private static final int MAX_PARTS = 10_000;

    private final WorkbookLimits limits;

    public WorkbookGuard(WorkbookLimits limits) {
        this.limits = limits;
    }

    /** Why the workbook must not be opened; empty when it may be. */
    public List<ImportError> inspect(Path file, String name) {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            List<ZipArchiveEntry> parts = Collections.list(zip.getEntries());
            Optional<String> refused = refuseByNames(zip, parts).or(() -> refuseByDeclaredSizes(parts));
            if (refused.isPresent()) {
                return List.of(new ImportError(name, 0, "", refused.get()));
            }
            return new Unpacking(zip, parts, name).run();
        } catch (IOException e) {
            return List.of(new ImportError(
                    name,
                    0,
                    "",
                    "it looks like a ZIP package (as .xlsx files are) but cannot be opened: " + e.getMessage()
                            + "; it may be damaged"));
        }
    }

    private Optional<String> refuseByNames(ZipFile zip, List<ZipArchiveEntry> parts) {
        if (parts.size() > MAX_PARTS) {
            return Optional.of(
                    "it holds " + Sizes.number(parts.size()) + " parts; a figures workbook holds a few dozen");
        }
        Set<String> names = new HashSet<>();
        for (ZipArchiveEntry part : parts) {
            String lower = part.getName().toLowerCase(Locale.ROOT);
            if (!names.add(lower)) {
                // Two parts of one name: the reader and this check might each read a different one.
                return Optional.of("it holds two parts named " + part.getName() + "; the file is damaged");
            }
            Optional<String> problem = refuse(zip, part, lower);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return names.contains("[content_types].xml")
                ? Optional.empty()
                : Optional.of("it is a ZIP archive, not an Excel workbook; send .xlsx (Excel Workbook) or .csv");
    }

    private static Optional<String> refuse(ZipFile zip, ZipArchiveEntry part, String lower) {
        if (part.getGeneralPurposeBit().usesEncryption()) {
            return Optional.of("it is password-protected; save a copy without a password and send that");
        }
        if (lower.endsWith("vbaproject.bin")) {
            return Optional.of("the workbook holds macros (" + part.getName() + "); StrikeDesk does not open"
                    + " workbooks with macros: save it as an Excel Workbook (.xlsx) and send that");
        }
        if (lower.startsWith("xl/externallinks/")) {
            return Optional.of("the workbook links to other workbooks (" + part.getName() + "); StrikeDesk reads"
                    + " values only: copy the figures, paste them as values into a new workbook and send that");
        }
        if (lower.endsWith("workbook.bin")) {
            return Optional.of("it is an Excel binary workbook (.xlsb); save it as an Excel Workbook (.xlsx)");
        }
        if (!zip.canReadEntryData(part)) {
            return Optional.of("part " + part.getName() + " is compressed in a way StrikeDesk cannot read;"
                    + " save the workbook again from Excel");
        }
        return Optional.empty();
    }

    private Optional<String> refuseByDeclaredSizes(List<ZipArchiveEntry> parts) {
        long total = 0;
        for (ZipArchiveEntry part : parts) {
            long size = Math.max(0, part.getSize());
            total += size;
            if (size > allowance(part)) {
                return Optional.of(tooCompressed(part.getName()));
            }
        }
        return total > limits.maxUncompressedBytes() ? Optional.of(tooLarge()) : Optional.empty();
    }

    /** The most a part may unpack to, by its compression ratio alone. */
    private long allowance(ZipArchiveEntry part) {
        // A part's packed size is at most the file's, so this cannot overflow.
        long compressed = Math.max(0, part.getCompressedSize());
        return Math.max(RATIO_FLOOR, compressed * limits.maxCompressionRatio());
    }

    private String tooCompressed(String part) {
        return "part " + part + " unpacks to more than " + limits.maxCompressionRatio() + " times its packed size"
                + " (ingest.maxCompressionRatio); a figures workbook does not, so it was not opened";
    }

    private String tooLarge() {
        return "it would unpack to more than " + Sizes.describe(limits.maxUncompressedBytes())
                + " (ingest.maxUncompressedBytes); a figures workbook is far smaller, so it was not opened";
    }

    /** Reads every part once, counting what it unpacks to, and scans the worksheets. */
    private final class Unpacking {
        private final ZipFile zip;
        private final List<ZipArchiveEntry> parts;
        private final String name;
        private long remaining = limits.maxUncompressedBytes();
        private int strings = Integer.MAX_VALUE;
        private String workbook = "xl/workbook.xml";
        private final Map<String, String> sheetIds = new HashMap<>();
        private final Map<String, String> targets = new HashMap<>();
        private final Set<String> counted = new HashSet<>();

        Unpacking(ZipFile zip, List<ZipArchiveEntry> parts, String name) {
            this.zip = zip;
            this.parts = List.copyOf(parts);
            this.name = name;
        }

        List<ImportError> run() throws IOException {
            try {
                readStructure();
                Set<String> sheets = sheetParts();
                for (ZipArchiveEntry part : parts) {
                    boolean sheet = sheets.contains(part.getName().toLowerCase(Locale.ROOT));
                    Optional<ImportError> problem = read(part, in -> scan(part.getName(), in, sheet));
                    if (problem != null && problem.isPresent()) {
                        return List.of(problem.get());
                    }
                }
                return List.of();
            } catch (LimitReached e) {
                return List.of(new ImportError(name, 0, "", e.getMessage()));
            }
        }

        /**
         * Scans a part. One that is not XML is no sheet and passes; a sheet that the scan cannot parse is refused,
         * so that nothing the scan could not check reaches the workbook reader.
         */
        private Optional<ImportError> scan(String part, InputStream in, boolean sheet) {
            int known = strings == Integer.MAX_VALUE ? 0 : strings;
            try {
                return WorkbookParts.scanSheet(in, known, limits).map(problem -> located(part, problem));
            } catch (XMLStreamException e) {
                String detail = e.getMessage() == null
                        ? ""
                        : e.getMessage().lines().findFirst().orElse("");
                String why = "the sheet is damaged (" + (detail.isBlank() ? "not well-formed XML" : detail) + ")";
                return sheet ? Optional.of(located(part, new WorkbookParts.SheetProblem(0, why))) : Optional.empty();
            }
        }

        /** The parts the workbook names as its sheets, in lower case. */
        private Set<String> sheetParts() {
            return sheetIds.keySet().stream()
                    .map(id -> resolve(targets.getOrDefault(id, "")).toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
        }

        /** Content types, shared strings, and which sheet is which, read first as the rest depends on them. */
        private void readStructure() throws IOException {
            WorkbookParts.ContentTypes types = structural("[Content_Types].xml", WorkbookParts::contentTypes)
                    .orElse(new WorkbookParts.ContentTypes(workbook, List.of()));
            workbook = types.workbook();
            for (String part : types.sharedStrings()) {
                structural(part, WorkbookParts::countStrings).ifPresent(count -> strings = Math.min(strings, count));
            }
            structural(workbook, WorkbookParts::sheetNames).ifPresent(sheetIds::putAll);
            String rels = workbook.replaceFirst("^(.*/)?([^/]+)$", "$1_rels/$2.rels");
            structural(rels, WorkbookParts::relationshipTargets).ifPresent(targets::putAll);
        }

        private <T> Optional<T> structural(String partName, XmlPart<T> reader) throws IOException {
            Optional<ZipArchiveEntry> part = parts.stream()
                    .filter(p -> p.getName().equalsIgnoreCase(partName))
                    .findFirst();
            // The part stays in the list: the sheet scan reads it too, in case it doubles as a sheet.
            return part.isEmpty() ? Optional.empty() : Optional.ofNullable(read(part.get(), reader));
        }

        /**
         * Reads a part through a cap on what it may unpack to; past the cap, the workbook is refused. A part read
         * twice counts once against the total.
         */
        private <T> T read(ZipArchiveEntry part, XmlPart<T> reader) throws IOException {
            long allowed = Math.min(remaining, allowance(part));
            try (InputStream raw = zip.getInputStream(part);
                    BoundedInputStream in = BoundedInputStream.builder()
                            .setInputStream(raw)
                            .setMaxCount(allowed + 1)
                            .get()) {
                T result = readQuietly(reader, in);
                IOUtils.consume(in);
                if (in.getCount() > allowed) {
                    throw new LimitReached(allowed == remaining ? tooLarge() : tooCompressed(part.getName()));
                }
                if (counted.add(part.getName())) {
                    remaining -= in.getCount();
                }
                return result;
            }
        }

        private <T> T readQuietly(XmlPart<T> reader, InputStream in) {
            try {
                return reader.read(in);
            } catch (XMLStreamException e) {
                // Not XML, or cut short by the cap: the caller counts the bytes, and the workbook reader reports
                // a damaged part in its own words.
                return null;
            }
        }

        private ImportError located(String part, WorkbookParts.SheetProblem problem) {
            String sheet = sheetIds.entrySet().stream()
                    .filter(id -> part.equalsIgnoreCase(resolve(targets.getOrDefault(id.getKey(), ""))))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(part);
            return new ImportError(name, sheet, problem.row(), "", problem.message());
        }

        private String resolve(String target) {
            if (target.startsWith("/")) {
                return target.substring(1);
            }
            int slash = workbook.lastIndexOf('/');
            return (slash < 0 ? "" : workbook.substring(0, slash + 1)) + target;
        }
    }

    /** Reads one XML part. */
    @FunctionalInterface
    private interface XmlPart<T> {
        T read(InputStream in) throws XMLStreamException;
    }

    /** A cap on unpacked bytes was reached. */
    private static final class LimitReached extends IOException {
        private static final long serialVersionUID = 1L;

        LimitReached(String message) {
            super(message);
        }
    }
}
