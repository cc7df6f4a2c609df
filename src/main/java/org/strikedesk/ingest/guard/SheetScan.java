package org.strikedesk.ingest.guard;

import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.strikedesk.ingest.errors.Columns;
import org.strikedesk.ingest.errors.Sizes;

/** One pass over a worksheet's XML, stopping at the first thing that rules the workbook out. */
final class SheetScan {
    private final XMLStreamReader xml;
    private final int strings;
    private final WorkbookLimits limits;
    private int rows;
    private int row;
    private int cellsInRow;

    SheetScan(XMLStreamReader xml, int strings, WorkbookLimits limits) {
        this.xml = xml;
        this.strings = strings;
        this.limits = limits;
    }

    Optional<WorkbookParts.SheetProblem> run() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String element = xml.getLocalName();
            Optional<String> problem = element.equals("row") ? row() : element.equals("c") ? cell() : Optional.empty();
            if (problem.isPresent()) {
                return Optional.of(new WorkbookParts.SheetProblem(row, problem.get()));
            }
        }
        return Optional.empty();
    }

    private Optional<String> row() {
        rows++;
        cellsInRow = 0;
        String number = WorkbookParts.attribute(xml, "r");
        row = number.matches("\\d{1,9}") ? Integer.parseInt(number) : row + 1;
        if (rows > limits.maxRows()) {
            return Optional.of("the sheet has more than " + Sizes.number(limits.maxRows())
                    + " rows, the most StrikeDesk reads (ingest.maxRows)");
        }
        return Optional.empty();
    }

    private Optional<String> cell() throws XMLStreamException {
        cellsInRow++;
        String reference = WorkbookParts.attribute(xml, "r");
        int column = reference.isEmpty() ? cellsInRow : columnOf(reference);
        if (column > limits.maxColumns()) {
            String cell = reference.isEmpty() ? Columns.letter(column - 1) + row : reference;
            return Optional.of("cell " + cell + " is in column " + Sizes.number(column) + "; a sheet may have up to "
                    + Sizes.number(limits.maxColumns()) + " columns (ingest.maxColumns)");
        }
        if (!WorkbookParts.attribute(xml, "t").equals("s")) {
            return Optional.empty();
        }
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("v")) {
                return sharedString(reference, xml.getElementText().strip());
            }
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
                break;
            }
        }
        return Optional.empty();
    }

    private Optional<String> sharedString(String reference, String index) {
        boolean known = index.matches("\\d{1,9}") && Integer.parseInt(index) < strings;
        if (known || index.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("cell " + reference + " refers to text number " + index + ", but the workbook holds "
                + Sizes.number(strings) + " texts; the file is damaged");
    }

    /** The 1-based column of a reference such as {@code AB12}. */
    private static int columnOf(String reference) {
        int column = 0;
        for (char c : reference.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (column > 1_000_000) {
                break;
            }
        }
        return column;
    }
}
