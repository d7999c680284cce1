package eu.s3learning.core.tracking.forwarding;

import eu.s3learning.core.RuleViolation;

/**
 * An external LRS as an administrator typed it, before it is kept.
 *
 * @param secret null (or empty) when changing an endpoint means: keep the secret it has
 * @param programmeId null for every statement
 */
public record ExternalLrsDraft(String name, String endpoint, String apiKey, String secret, Long programmeId) {

    public static final int MAX_NAME = 120;
    public static final int MAX_KEY = 200;
    public static final int MAX_SECRET = 500;

    /** The draft as it is kept: trimmed, the endpoint normalised; refused with the first thing wrong with it. */
    public ExternalLrsDraft checked(boolean secretRequired) {
        String checkedName = required(name, MAX_NAME, "forwarding.name");
        LrsEndpoint checkedEndpoint = LrsEndpoint.of(endpoint);
        String checkedKey = required(apiKey, MAX_KEY, "forwarding.key");
        // HTTP Basic separates the key from the secret with the first colon.
        if (checkedKey.contains(":")) {
            throw new RuleViolation("forwarding.key.colon");
        }
        String checkedSecret = secret == null || secret.isBlank() ? null : secret.strip();
        if (checkedSecret == null && secretRequired) {
            throw new RuleViolation("forwarding.secret.required");
        }
        if (checkedSecret != null && checkedSecret.length() > MAX_SECRET) {
            throw new RuleViolation("forwarding.secret.tooLong", MAX_SECRET);
        }
        return new ExternalLrsDraft(checkedName, checkedEndpoint.toString(), checkedKey, checkedSecret, programmeId);
    }

    private static String required(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field + ".required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new RuleViolation(field + ".tooLong", max);
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new RuleViolation(field + ".control");
        }
        return trimmed;
    }
}
