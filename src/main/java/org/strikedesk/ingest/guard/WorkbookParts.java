package org.strikedesk.ingest.guard;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Looks inside the XML parts of a workbook before the workbook reader does, for what would make that reader run
 * out of memory: too many rows or columns, and references to shared strings that do not exist (the reader would
 * build a list up to the index given, however large). Parsing is by the StAX parser on the class path (the
 * workbook reader's own), with DTDs and external entities off.
 */
final class WorkbookParts {
    private static final XMLInputFactory XML = secureFactory();
    private static final String SHARED_STRINGS =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    private static final String WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

    private WorkbookParts() {}

    /**
     * What {@code [Content_Types].xml} declares.
     *
     * @param workbook the workbook part's name, without a leading slash
     * @param sharedStrings every part declared to hold shared strings
     */
    record ContentTypes(String workbook, List<String> sharedStrings) {}

    /**
     * Something in a worksheet that rules the workbook out.
     *
     * @param row the row it was found in
     * @param message what is wrong
     */
    record SheetProblem(int row, String message) {}

    static ContentTypes contentTypes(InputStream in) throws XMLStreamException {
        String workbook = "xl/workbook.xml";
        List<String> strings = new ArrayList<>();
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("Override")) {
                    String type = attribute(xml, "ContentType");
                    String part = stripSlash(attribute(xml, "PartName"));
                    if (type.equals(WORKBOOK) || type.equals(MACRO_WORKBOOK)) {
                        workbook = part;
                    } else if (type.equals(SHARED_STRINGS)) {
                        strings.add(part);
                    }
                }
            }
        } finally {
            xml.close();
        }
        return new ContentTypes(workbook, strings);
    }

    /** How many strings a shared-strings part holds. */
    static int countStrings(InputStream in) throws XMLStreamException {
        int count = 0;
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("si")) {
                    count++;
                }
            }
        } finally {
            xml.close();
        }
        return count;
    }

    /** Sheet names by relationship id ({@code <sheet name="…" r:id="rId1"/>}), from the workbook part. */
    static Map<String, String> sheetNames(InputStream in) throws XMLStreamException {
        return pairs(in, "sheet", "id", "name");
    }

    /** Relationship targets by id, from a {@code .rels} part. */
    static Map<String, String> relationshipTargets(InputStream in) throws XMLStreamException {
        return pairs(in, "Relationship", "Id", "Target");
    }

    /**
     * Scans what may be a worksheet: rows counted, each cell's column checked, and each shared-string reference
     * checked against {@code strings}.
     *
     * @throws XMLStreamException when the part is not well-formed XML (an image, say, or a damaged sheet)
     */
    static Optional<SheetProblem> scanSheet(InputStream in, int strings, WorkbookLimits limits)
            throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        try {
            return new SheetScan(xml, strings, limits).run();
        } finally {
            xml.close();
        }
    }

    private static Map<String, String> pairs(InputStream in, String element, String key, String value)
            throws XMLStreamException {
        Map<String, String> pairs = new HashMap<>();
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals(element)) {
                    pairs.put(attribute(xml, key), attribute(xml, value));
                }
            }
        } finally {
            xml.close();
        }
        return pairs;
    }

    /** An attribute by local name, whatever its namespace; empty when absent. */
    static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return "";
    }

    static String stripSlash(String part) {
        return part.startsWith("/") ? part.substring(1) : part;
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
