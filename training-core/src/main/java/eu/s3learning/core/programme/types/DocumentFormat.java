package eu.s3learning.core.programme.types;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The documents a file unit accepts, each recognised by its name's extension and checked
 * against its first bytes, so a renamed executable or HTML page is refused.
 */
enum DocumentFormat {
    PDF("pdf", "application/pdf", Magic.PDF),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Magic.ZIP),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Magic.ZIP),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", Magic.ZIP),
    ODT("odt", "application/vnd.oasis.opendocument.text", Magic.ZIP),
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet", Magic.ZIP),
    ODP("odp", "application/vnd.oasis.opendocument.presentation", Magic.ZIP),
    DOC("doc", "application/msword", Magic.OLE2),
    XLS("xls", "application/vnd.ms-excel", Magic.OLE2),
    PPT("ppt", "application/vnd.ms-powerpoint", Magic.OLE2);

    private final String extension;
    private final String mediaType;
    private final byte[] magic;

    DocumentFormat(String extension, String mediaType, byte[] magic) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.magic = magic;
    }

    static Optional<DocumentFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }

    boolean startsLike(byte[] head, int length) {
        return length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    String mediaType() {
        return mediaType;
    }

    private static final class Magic {
        static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
        static final byte[] ZIP = {'P', 'K', 3, 4};
        static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    }
}
