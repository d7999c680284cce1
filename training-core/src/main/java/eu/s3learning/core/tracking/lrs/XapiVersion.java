package eu.s3learning.core.tracking.lrs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code X-Experience-API-Version} header: every request but About's must send it, naming a 1.0.x or 2.0.x
 * version; every response names the version it was answered in: 2.0.0 to a 2.0 client, 1.0.3 to anyone else
 * (also to a request without the header, which the 1.0.3 conformance suite expects).
 */
public final class XapiVersion {

    public static final String HEADER = "X-Experience-API-Version";
    public static final String CURRENT = "1.0.3";
    public static final String TWO = "2.0.0";
    public static final List<String> SUPPORTED = List.of(TWO, "1.0.3", "1.0.2", "1.0.1", "1.0.0");

    private static final Pattern ACCEPTED = Pattern.compile("1\\.0(?:\\.[0-9]+)?|2\\.0(?:\\.[0-9]+)?");

    private XapiVersion() {
    }

    public static void check(LrsRequest request) {
        String version = request.header(HEADER);
        if (version == null || version.isBlank()) {
            throw LrsError.badRequest("Every request needs the " + HEADER + " header, e.g. " + CURRENT);
        }
        if (!ACCEPTED.matcher(version.trim()).matches()) {
            throw LrsError.badRequest("This LRS speaks xAPI 1.0.x and 2.0.x; " + HEADER + " " + version
                    + " is not supported");
        }
    }

    /** Whether the client speaks xAPI 2.0, whose few stricter rules then apply. */
    public static boolean isTwo(LrsRequest request) {
        String version = request.header(HEADER);
        return version != null && version.trim().startsWith("2.");
    }

    /** The version a response to this request is in. */
    public static String answering(LrsRequest request) {
        return isTwo(request) ? TWO : CURRENT;
    }
}
