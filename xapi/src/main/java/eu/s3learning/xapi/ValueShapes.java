package eu.s3learning.xapi;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The shapes of the strings a statement names most often: UUIDs, mailto IRIs, timestamps and durations. Read
 * character by character rather than by regular expression: a statement names several of them, and matching them
 * was a quarter of reading a statement, the largest part after parsing the JSON itself (profiled with
 * bench/lrs-ingest, 2026-12-03). {@code ValueShapesTest} holds the regular expressions these replace and checks that
 * both agree.
 */
final class ValueShapes {

    private ValueShapes() {
    }

    /**
     * RFC 4122 string form: {@code 8-4-4-4-12} hex digits, a version from 1 to 8 and RFC 4122's variant (which
     * RFC 9562 keeps).
     */
    static boolean isUuid(String value) {
        if (value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            boolean ok = switch (i) {
                case 8, 13, 18, 23 -> c == '-';
                case 14 -> c >= '1' && c <= '8';
                case 19 -> c == '8' || c == '9' || c == 'a' || c == 'b' || c == 'A' || c == 'B';
                default -> isHex(c);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code mailto:} then an address: a local part and a domain of dot-separated labels, neither empty, with no
     * white space and no second {@code @}.
     */
    static boolean isMailto(String value) {
        if (!value.startsWith("mailto:")) {
            return false;
        }
        int at = value.indexOf('@', 7);
        if (at <= 7 || value.indexOf('@', at + 1) >= 0) {
            return false;
        }
        for (int i = 7; i < at; i++) {
            if (isSpace(value.charAt(i))) {
                return false;
            }
        }
        boolean labelStarted = false;
        for (int i = at + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '.') {
                if (!labelStarted) {
                    return false;
                }
                labelStarted = false;
            } else if (isSpace(c)) {
                return false;
            } else {
                labelStarted = true;
            }
        }
        return labelStarted;
    }

    /**
     * An RFC 3339 date-time, the ISO 8601 profile the specification recommends, as a point in time; a missing
     * offset is taken as UTC. Null when the text has another shape, or when its offset is "-00:00" (or a shorter
     * form of it), which RFC 3339 uses for "offset unknown" and so names no point in time.
     *
     * @throws java.time.DateTimeException for a date, time or offset out of range, such as the 30th of February
     */
    static Instant timestamp(String value) {
        int length = value.length();
        if (length < 19 || value.charAt(4) != '-' || value.charAt(7) != '-' || value.charAt(13) != ':'
                || value.charAt(16) != ':' || (value.charAt(10) != 'T' && value.charAt(10) != 't')) {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 2);
        int day = digits(value, 8, 2);
        int hour = digits(value, 11, 2);
        int minute = digits(value, 14, 2);
        int second = digits(value, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nano = 0;
        if (i < length && value.charAt(i) == '.') {
            int first = ++i;
            while (i < length && isDigit(value.charAt(i))) {
                i++;
            }
            int count = i - first;
            if (count < 1 || count > 9) {
                return null;
            }
            nano = digits(value, first, count);
            for (int n = count; n < 9; n++) {
                nano *= 10;
            }
        }
        ZoneOffset offset = offset(value, i);
        return offset == null ? null
                : LocalDateTime.of(year, month, day, hour, minute, second, nano).toInstant(offset);
    }

    /**
     * An ISO 8601 duration: weeks alone ({@code P2W}), or years, months and days, then {@code T} and hours, minutes
     * and seconds, each part optional but in that order and at least one given. A number may have a decimal
     * fraction (with a point or a comma) only in the smallest part given, as ISO 8601 allows.
     */
    static boolean isDuration(String value) {
        int length = value.length();
        if (length < 3 || value.charAt(0) != 'P') {
            return false;
        }
        int end = number(value, 1);
        if (end == length - 1 && value.charAt(end) == 'W') {
            return true;
        }
        DurationReading reading = new DurationReading(value);
        if (!reading.parts("YMD")) {
            return false;
        }
        if (reading.at < length) {
            if (value.charAt(reading.at) != 'T' || number(value, reading.at + 1) < 0) {
                return false;
            }
            reading.at++;
            if (!reading.parts("HMS")) {
                return false;
            }
        }
        return reading.at == length;
    }

    /** Where reading a duration has got to, and whether the last part read had a fraction. */
    private static final class DurationReading {
        final String value;
        int at = 1;
        boolean fraction;

        DurationReading(String value) {
            this.value = value;
        }

        /**
         * Reads the parts from here whose designators are among {@code designators}, in their order; false when a
         * part follows one with a fraction, or a number has no designator allowed here.
         */
        boolean parts(String designators) {
            int next = 0;
            for (int end; (end = number(value, at)) > 0; at = end + 1) {
                int designator = end < value.length() ? designators.indexOf(value.charAt(end), next) : -1;
                if (designator < 0 || fraction) {
                    return false;
                }
                for (int i = at; i < end; i++) {
                    fraction |= !isDigit(value.charAt(i));
                }
                next = designator + 1;
            }
            return true;
        }
    }

    /** The end of the number at {@code from}: digits, optionally a point or comma and more digits; -1 if none. */
    private static int number(String value, int from) {
        int i = from;
        while (i < value.length() && isDigit(value.charAt(i))) {
            i++;
        }
        if (i == from) {
            return -1;
        }
        boolean separator = i + 1 < value.length() && (value.charAt(i) == '.' || value.charAt(i) == ',');
        if (separator && isDigit(value.charAt(i + 1))) {
            i++;
            while (i < value.length() && isDigit(value.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    /** The offset from {@code from} to the end: none (UTC), Z, or a sign, two digits and optionally two more. */
    private static ZoneOffset offset(String value, int from) {
        int length = value.length() - from;
        if (length == 0) {
            return ZoneOffset.UTC;
        }
        char sign = value.charAt(from);
        if (length == 1) {
            return sign == 'Z' || sign == 'z' ? ZoneOffset.UTC : null;
        }
        if (sign != '+' && sign != '-') {
            return null;
        }
        int hours = length >= 3 ? digits(value, from + 1, 2) : -1;
        int minutes = switch (length) {
            case 3 -> 0;
            case 5 -> digits(value, from + 3, 2);
            case 6 -> value.charAt(from + 3) == ':' ? digits(value, from + 4, 2) : -1;
            default -> -1;
        };
        if (hours < 0 || minutes < 0 || (sign == '-' && hours == 0 && minutes == 0)) {
            return null;
        }
        return sign == '-' ? ZoneOffset.ofHoursMinutes(-hours, -minutes) : ZoneOffset.ofHoursMinutes(hours, minutes);
    }

    /** The number the {@code count} ASCII digits from {@code from} spell, or -1 if any is not one. */
    private static int digits(String value, int from, int count) {
        int number = 0;
        for (int i = from; i < from + count; i++) {
            char c = value.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** What {@code \s} matches in a regular expression: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
