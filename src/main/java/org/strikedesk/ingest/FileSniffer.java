package org.strikedesk.ingest;

/** Tells file formats apart by their first bytes, whatever the file is called. */
public final class FileSniffer {
    private FileSniffer() {}

    /** A ZIP container, as every .xlsx is. */
    public static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** Bytes no text file holds: NULs, or many control characters. */
    public static boolean isBinary(byte[] head) {
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
                controls++;
            }
        }
        return head.length > 0 && controls * 10 > head.length;
    }
}
