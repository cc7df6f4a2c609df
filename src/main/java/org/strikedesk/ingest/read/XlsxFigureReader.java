package org.strikedesk.ingest.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.strikedesk.config.WideLayout;
import org.strikedesk.figures.StrikeCalendar;
import org.strikedesk.ingest.errors.ImportError;
import org.strikedesk.ingest.guard.WorkbookGuard;
import org.strikedesk.ingest.guard.WorkbookLimits;

/**
 * Reads Excel workbooks (.xlsx), recognised by their content rather than their name. A workbook is first checked
 * by {@link WorkbookGuard}; then, if the first sheet's first row is a tidy header, the sheet is read in the tidy
 * format, else with the first wide layout its headings fit. A workbook that fits none is refused with the layouts
 * tried and why each did not fit.
 */
public final class XlsxFigureReader implements FigureFileReader {
    /** Cell formats are needed to tell dates from numbers; unparseable cells become errors, not exceptions. */
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, true);

    private final WorkbookGuard guard;
    private final List<WideLayout> layouts;
    private final Supplier<StrikeCalendar> calendar;

    public XlsxFigureReader(WorkbookLimits limits, List<WideLayout> layouts, Supplier<StrikeCalendar> calendar) {
        this.guard = new WorkbookGuard(limits);
        this.layouts = List.copyOf(layouts);
        this.calendar = calendar;
    }

    @Override
    public boolean accepts(String fileName, byte[] head) {
        return FileSniffer.isZip(head);
    }

    @Override
    public void read(Path file, String fileName, FigureSink sink) throws IOException {
        read(file, fileName, null, sink);
    }

    @Override
    public void read(Path file, String fileName, String origin, FigureSink sink) throws IOException {
        List<ImportError> unsafe = guard.inspect(file, fileName);
        if (!unsafe.isEmpty()) {
            unsafe.forEach(sink::error);
            return;
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), OPTIONS)) {
            readWorkbook(workbook, fileName, origin, sink);
        } catch (IOException | RuntimeException e) {
            // The workbook reader throws unchecked exceptions of several kinds for damaged parts; all are the file's
            // fault.
            sink.error(new ImportError(
                    fileName,
                    0,
                    "",
                    "cannot be read as an Excel workbook (" + e.getMessage()
                            + "); it may be damaged: open it in Excel and save it again"));
        }
    }

    private void readWorkbook(ReadableWorkbook workbook, String fileName, String origin, FigureSink sink)
            throws IOException {
        Optional<Sheet> first = workbook.getSheet(0);
        if (first.isEmpty()) {
            sink.error(new ImportError(fileName, 0, "", "the workbook has no sheets"));
            return;
        }
        if (TidyHeader.isLikely(headings(first.get(), 1))) {
            new TidySheetReader(fileName, sink).read(first.get());
            return;
        }
        List<String> misfits = new ArrayList<>();
        for (WideLayout layout : layouts) {
            Optional<Sheet> sheet = sheet(workbook, layout.sheet());
            if (sheet.isEmpty()) {
                misfits.add("\"" + layout.name() + "\" (the workbook has no " + layout.sheet() + ")");
                continue;
            }
            WideHeader.Match match = WideHeader.match(layout, headings(sheet.get(), layout.headerRow()));
            if (match.header().isPresent()) {
                new WideSheetReader(layout, calendar.get(), fileName, origin, sink).read(sheet.get());
                return;
            }
            misfits.add("\"" + layout.name() + "\" (" + layout.sheet() + ": " + match.misfit() + ")");
        }
        sink.error(new ImportError(fileName, 0, "", unknownLayout(misfits)));
    }

    private static String unknownLayout(List<String> misfits) {
        String tidy = "the workbook is not in the tidy format (its first sheet's row 1 would name the columns"
                + " strike, org_code, date, metric, value, source, published)";
        if (misfits.isEmpty()) {
            return tidy + ", and no wide layouts are set up (config/layouts)";
        }
        return tidy + " and fits none of the wide layouts tried: " + String.join("; ", misfits);
    }

    private static Optional<Sheet> sheet(ReadableWorkbook workbook, WideLayout.SheetChoice choice) {
        if (choice.name() == null) {
            return workbook.getSheet(choice.index() - 1);
        }
        return workbook.findSheet(choice.name())
                .or(() -> workbook.getSheets()
                        .filter(s -> s.getName().equalsIgnoreCase(choice.name()))
                        .findFirst());
    }

    /** The texts of row {@code number} (1-based), or none when the sheet has no such row. */
    private static List<String> headings(Sheet sheet, int number) throws IOException {
        try (Stream<Row> rows = sheet.openStream()) {
            return rows.dropWhile(row -> row.getRowNum() < number)
                    .findFirst()
                    .filter(row -> row.getRowNum() == number)
                    .map(XlsxCells::texts)
                    .orElse(List.of());
        }
    }
}
