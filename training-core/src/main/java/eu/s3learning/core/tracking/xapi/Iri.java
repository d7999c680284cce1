package eu.s3learning.core.tracking.xapi;

import java.util.regex.Pattern;

/**
 * An absolute IRI (RFC 3987), as xAPI uses to name verbs, activities, extensions and more. Only its shape is
 * checked: a scheme, then something, with no spaces, control characters or characters IRIs exclude, and
 * percent signs followed by two hex digits. IRLs are IRIs meant to be resolvable; they are checked the same.
 */
public record Iri(String value) {

    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z][A-Za-z0-9+.-]*:(?:[^\\s\\p{Cntrl}<>\"{}|\\\\^`%]|%[0-9A-Fa-f]{2})+");

    public Iri {
        if (!isAbsolute(value)) {
            throw new IllegalArgumentException("Not an absolute IRI: " + value);
        }
    }

    public static boolean isAbsolute(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
