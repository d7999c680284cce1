package eu.s3learning.core.identity;

import eu.s3learning.core.RuleViolation;
import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address as people are identified by: trimmed, lower-case, checked for shape. */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile(
            "^[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$");

    private final String value;

    private EmailAddress(String value) {
        this.value = value;
    }

    public static EmailAddress of(String input) {
        if (input == null || input.isBlank()) {
            throw new RuleViolation("error.email.required");
        }
        String normalised = input.trim().toLowerCase(Locale.ROOT);
        if (normalised.length() > MAX_LENGTH) {
            throw new RuleViolation("error.email.tooLong", MAX_LENGTH);
        }
        if (!SHAPE.matcher(normalised).matches() || normalised.contains("..")) {
            throw new RuleViolation("error.email.invalid");
        }
        return new EmailAddress(normalised);
    }

    public String value() {
        return value;
    }

    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
