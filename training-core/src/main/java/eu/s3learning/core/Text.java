package eu.s3learning.core;

/**
 * Free text typed by a person: trimmed, bounded, and refused with a message key when a required
 * value is missing or too long, so every form refuses the same way.
 */
public final class Text {

    private Text() {
    }

    public static String required(String value, int maxLength, String requiredKey) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(requiredKey);
        }
        return bounded(value.strip(), maxLength);
    }

    /** The trimmed text, or the empty string when none was given. */
    public static String optional(String value, int maxLength) {
        return value == null ? "" : bounded(value.strip(), maxLength);
    }

    private static String bounded(String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new RuleViolation("error.text.tooLong", maxLength);
        }
        return value;
    }
}
