package eu.s3learning.core.programme.types;

import eu.s3learning.core.RuleViolation;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * An absolute http or https address, as people paste them into links and meeting fields;
 * anything else ({@code javascript:}, {@code data:}, relative paths) is refused.
 */
public final class WebAddress {

    public static final int MAX_LENGTH = 1000;

    private WebAddress() {
    }

    public static String check(String address, String invalidKey) {
        if (address == null || address.isBlank()) {
            throw new RuleViolation(invalidKey);
        }
        String trimmed = address.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new RuleViolation("error.text.tooLong", MAX_LENGTH);
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                    || uri.getHost() == null || uri.getRawUserInfo() != null) {
                throw new RuleViolation(invalidKey);
            }
            return uri.toString();
        } catch (URISyntaxException malformed) {
            throw new RuleViolation(invalidKey);
        }
    }
}
