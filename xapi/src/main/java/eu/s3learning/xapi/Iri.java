package eu.s3learning.xapi;

/**
 * An absolute IRI (RFC 3987), as xAPI uses to name verbs, activities, extensions and more. Only its shape is
 * checked: a scheme, then something, with no spaces, control characters or characters IRIs exclude, and
 * percent signs followed by two hex digits. IRLs are IRIs meant to be resolvable; they are checked the same.
 */
public record Iri(String value) {

    public Iri {
        if (!isAbsolute(value)) {
            throw new IllegalArgumentException("Not an absolute IRI: " + value);
        }
    }

    /**
     * Whether the value matches {@code [A-Za-z][A-Za-z0-9+.-]*:(?:[^\s\p{Cntrl}<>"{}|\\^`%]|%[0-9A-Fa-f]{2})+}, in
     * one pass: that regular expression recursed once per character and took most of the time of reading a
     * statement, which names a dozen IRIs.
     */
    public static boolean isAbsolute(String value) {
        if (value == null || value.isEmpty() || !isAsciiLetter(value.charAt(0))) {
            return false;
        }
        int colon = 1;
        while (colon < value.length() && isSchemeChar(value.charAt(colon))) {
            colon++;
        }
        if (colon >= value.length() - 1 || value.charAt(colon) != ':') {
            return false;
        }
        for (int i = colon + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= value.length() || !isHexDigit(value.charAt(i + 1)) || !isHexDigit(value.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (isExcluded(c)) {
                return false;
            }
        }
        return true;
    }

    /** Controls, space (all of {@code \s} is at or below it), DEL and the ASCII characters IRIs exclude. */
    private static boolean isExcluded(char c) {
        return switch (c) {
            case '<', '>', '"', '{', '}', '|', '\\', '^', '`', 0x7F -> true;
            default -> c <= ' ';
        };
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isSchemeChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }

    @Override
    public String toString() {
        return value;
    }
}
