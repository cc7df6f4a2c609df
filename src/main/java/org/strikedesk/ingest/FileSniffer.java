package org.strikedesk.ingest;

/** Tells file formats apart by their first bytes, whatever the file is called. */
public final class FileSniffer {
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    private FileSniffer() {}

    /** A ZIP container, as every .xlsx is. */
    public static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /**
     * An OLE2 compound document: an old-style .xls, or an .xlsx saved with a password (Excel wraps encrypted
     * workbooks in one).
     */
    public static boolean isOle2(byte[] head) {
        if (head.length < OLE2.length) {
            return false;
        }
        for (int i = 0; i < OLE2.length; i++) {
            if (head[i] != OLE2[i]) {
                return false;
            }
        }
        return true;
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
