package eu.s3learning.core.tracking.forwarding;

import eu.s3learning.core.RuleViolation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.UUID;

/**
 * The address of an external LRS: its xAPI endpoint, under which {@code /statements} and {@code /about} are found
 * (as the ADL conformance suite takes it). An address ending in {@code /statements} is taken to mean the endpoint
 * above it, since that is what people copy from their LRS's settings.
 */
public record LrsEndpoint(URI base) {

    public static final int MAX_LENGTH = 500;
    private static final String STATEMENTS = "/statements";

    /** The endpoint a person typed, or a refusal saying what is wrong with it. */
    public static LrsEndpoint of(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("forwarding.endpoint.required");
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new RuleViolation("forwarding.endpoint.tooLong", MAX_LENGTH);
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new RuleViolation("forwarding.endpoint.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RuleViolation("forwarding.endpoint.scheme");
        }
        if (uri.getHost() == null || uri.getPort() > 65535) {
            throw new RuleViolation("forwarding.endpoint.invalid");
        }
        // Credentials in the address would be shown on the page and written to logs; they have their own fields.
        if (uri.getRawUserInfo() != null) {
            throw new RuleViolation("forwarding.endpoint.credentials");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new RuleViolation("forwarding.endpoint.query");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.endsWith(STATEMENTS)) {
            path = path.substring(0, path.length() - STATEMENTS.length());
        }
        return new LrsEndpoint(URI.create(scheme + "://" + uri.getRawAuthority() + path));
    }

    public URI statements() {
        return URI.create(base + STATEMENTS);
    }

    /** Where one statement is PUT: its id is the idempotency key. */
    public URI statement(UUID id) {
        return URI.create(base + STATEMENTS + "?statementId=" + id);
    }

    public URI about() {
        return URI.create(base + "/about");
    }

    @Override
    public String toString() {
        return base.toString();
    }
}
