package eu.s3learning.core.tracking.lrs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code X-Experience-API-Version} header: every request but About's must send it, naming a 1.0.x version;
 * every response names the version this LRS speaks.
 */
public final class XapiVersion {

    public static final String HEADER = "X-Experience-API-Version";
    public static final String CURRENT = "1.0.3";
    public static final List<String> SUPPORTED = List.of("1.0.3", "1.0.2", "1.0.1", "1.0.0");

    private static final Pattern ACCEPTED = Pattern.compile("1\\.0(?:\\.[0-9]+)?");

    private XapiVersion() {
    }

    public static void check(LrsRequest request) {
        String version = request.header(HEADER);
        if (version == null || version.isBlank()) {
            throw LrsError.badRequest("Every request needs the " + HEADER + " header, e.g. " + CURRENT);
        }
        if (!ACCEPTED.matcher(version.trim()).matches()) {
            throw LrsError.badRequest("This LRS speaks xAPI 1.0.x; " + HEADER + " " + version + " is not supported");
        }
    }
}
