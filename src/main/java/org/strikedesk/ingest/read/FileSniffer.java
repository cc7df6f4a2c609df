package org.strikedesk.ingest.read;

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

    /**
     * Bytes no text file holds: NULs, or many control characters. Bytes from 0x80 up are not control characters:
     * UTF-8 writes every letter outside ASCII with them.
     */
    public static boolean isBinary(byte[] head) {
        int controls = 0;
        for (byte b : head) {
            int value = b & 0xFF;
            if (value == 0) {
                return true;
            }
            if (value < 0x20 && value != '\n' && value != '\r' && value != '\t') {
                controls++;
            }
        }
        return head.length > 0 && controls * 10 > head.length;
    }

    /**
     * UTF-16 text, as Excel's "Unicode Text" and some Windows tools write it: a UTF-16 byte-order mark, or mostly
     * ASCII with a NUL beside every character.
     */
    public static boolean isUtf16(byte[] head) {
        if (head.length >= 2
                && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                        || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return true;
        }
        int pairs = head.length / 2;
        int nulBeside = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            if ((head[i] == 0) != (head[i + 1] == 0)) {
                nulBeside++;
            }
        }
        return pairs >= 4 && nulBeside * 10 >= pairs * 9;
    }
}
