package eu.s3learning.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written checks agree with the regular expressions they replaced, on the spec's examples and on
 * hundreds of thousands of mutations of them.
 */
class ValueShapesTest {

    private static final Pattern UUID_SHAPE = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}");
    private static final Pattern MAILTO = Pattern.compile("mailto:[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)*");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?([Zz]|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern UNKNOWN_OFFSET = Pattern.compile("-00(?::?00)?");
    private static final Pattern DURATION = Pattern.compile(
            "P(?:(\\d+(?:[.,]\\d+)?)W|(?=\\d|T\\d)(?:(\\d+(?:[.,]\\d+)?)Y)?(?:(\\d+(?:[.,]\\d+)?)M)?(?:(\\d+(?:[.,]\\d+)?)D)?"
                    + "(?:T(?=\\d)(?:(\\d+(?:[.,]\\d+)?)H)?(?:(\\d+(?:[.,]\\d+)?)M)?(?:(\\d+(?:[.,]\\d+)?)S)?)?)");

    /** Characters the mutations put in: the shapes' own, their neighbours, white space and beyond ASCII. */
    private static final String ALPHABET = "0123456789abcdefgABCDEFG-:.,+@TtZzPWYMDHS \t\n\u000B\f\r/_xX\u0660\u00e9\u4e2d";

    @Test
    void uuidsAsTheRegularExpressionReadsThem() {
        for (String example : List.of("fd41c918-b88b-4b20-a0a5-a4c32391aaa0", "FD41C918-B88B-1B20-8A0A5-A4C32391AAA0",
                "00000000-0000-8000-b000-000000000000", "fd41c918-b88b-4b20-c0a5-a4c32391aaa0",
                "fd41c918-b88b-9b20-a0a5-a4c32391aaa0", "fd41c918b88b4b20a0a5a4c32391aaa0")) {
            assertEquals(UUID_SHAPE.matcher(example).matches(), ValueShapes.isUuid(example), example);
        }
        assertAgree("fd41c918-b88b-4b20-a0a5-a4c32391aaa0", s -> UUID_SHAPE.matcher(s).matches(), ValueShapes::isUuid);
    }

    @Test
    void mailtoIrisAsTheRegularExpressionReadsThem() {
        assertTrue(ValueShapes.isMailto("mailto:xapi@adlnet.gov"));
        assertTrue(ValueShapes.isMailto("mailto:a@b"));
        for (String refused : List.of("xapi@adlnet.gov", "mailto:@adlnet.gov", "mailto:xapi@", "mailto:xapi@.gov",
                "mailto:xapi@adlnet.", "mailto:xapi@adl..net", "mailto:x api@adlnet.gov", "mailto:xa@pi@adlnet.gov",
                "MAILTO:xapi@adlnet.gov", "mailto:xapi@adl net.gov")) {
            assertFalse(ValueShapes.isMailto(refused), refused);
        }
        assertAgree("mailto:ab.c+d@ex.ample.org", s -> MAILTO.matcher(s).matches(), ValueShapes::isMailto);
    }

    @Test
    void timestampsAsTheRegularExpressionReadsThem() {
        assertEquals(Instant.parse("2013-05-18T05:32:34.804Z"), ValueShapes.timestamp("2013-05-18T05:32:34.804Z"));
        assertEquals(Instant.parse("2013-05-18T04:32:34Z"), ValueShapes.timestamp("2013-05-18t05:32:34+01:00"));
        assertEquals(Instant.parse("2013-05-18T05:32:34.123456789Z"), ValueShapes.timestamp("2013-05-18T05:32:34.123456789"));
        assertEquals(Instant.parse("2013-05-18T07:02:34Z"), ValueShapes.timestamp("2013-05-18T05:32:34-0130"));
        assertNull(ValueShapes.timestamp("2013-05-18T05:32:34-00:00"), "offset unknown");
        assertNull(ValueShapes.timestamp("2013-05-18T05:32:34.1234567890Z"), "ten digits of fraction");
        assertNull(ValueShapes.timestamp("2013-05-18 05:32:34Z"));
        assertThrows(DateTimeException.class, () -> ValueShapes.timestamp("2013-02-30T05:32:34Z"));
        assertThrows(DateTimeException.class, () -> ValueShapes.timestamp("2013-05-18T05:32:34+19:00"));
        for (String example : List.of("2013-05-18T05:32:34.804+01:30", "2013-05-18T05:32:34-00", "2013-05-18T05:32:34-0000",
                "2013-05-18T05:32:34+00", "2013-05-18T05:32:34.Z", "2013-05-18T05:32:34+01:", "2013-05-18T05:32:34+1")) {
            assertEquals(oldTimestamp(example), outcome(() -> ValueShapes.timestamp(example)), example);
        }
        assertAgree("2013-05-18T05:32:34.804+01:30", ValueShapesTest::oldTimestamp,
                s -> outcome(() -> ValueShapes.timestamp(s)));
        assertAgree("2013-05-18T05:32:34Z", ValueShapesTest::oldTimestamp, s -> outcome(() -> ValueShapes.timestamp(s)));
    }

    @Test
    void durationsAsTheRegularExpressionReadsThem() {
        for (String accepted : List.of("P1Y2M3DT4H5M6S", "PT0.5S", "PT1,5M", "P2.5W", "P1D", "PT36H", "P0Y", "PT1H0.5S")) {
            assertTrue(ValueShapes.isDuration(accepted), accepted);
        }
        for (String refused : List.of("P", "PT", "P1DT", "P1.5DT2H", "PT1.5H2M", "P1W2D", "P1D2Y", "P1", "PT1", "1D",
                "P1.D", "P.5D", "pT1H", "P1T2H", "P1Y2W")) {
            assertFalse(ValueShapes.isDuration(refused), refused);
        }
        for (String example : List.of("P1Y2M3DT4H5M6.25S", "P2.5W", "PT0,5S", "P3DT12H")) {
            assertAgree(example, ValueShapesTest::oldIsDuration, ValueShapes::isDuration);
        }
    }

    /** The reading the regular expression gave, with its check that only the smallest part has a fraction. */
    private static boolean oldIsDuration(String text) {
        Matcher matcher = DURATION.matcher(text);
        if (!matcher.matches()) {
            return false;
        }
        boolean fractionSeen = false;
        for (int group = 1; group <= matcher.groupCount(); group++) {
            String component = matcher.group(group);
            if (component != null) {
                if (fractionSeen) {
                    return false;
                }
                fractionSeen = component.contains(".") || component.contains(",");
            }
        }
        return true;
    }

    /** Both readings of every mutation of the example: up to three edits each, 200,000 of them. */
    private static <T> void assertAgree(String example, Function<String, T> expected, Function<String, T> actual) {
        SplittableRandom random = new SplittableRandom(20261203);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder s = new StringBuilder(example);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(s.length() + 1);
                char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                switch (random.nextInt(4)) {
                    case 0 -> s.insert(at, c);
                    case 1 -> { if (at < s.length()) s.deleteCharAt(at); }
                    case 2 -> s.setLength(at);
                    default -> { if (at < s.length()) s.setCharAt(at, c); }
                }
            }
            String text = s.toString();
            assertEquals(expected.apply(text), actual.apply(text), text);
        }
    }

    /** The reading the regular expression gave: the instant, "malformed", or the date-time error's class. */
    private static Object oldTimestamp(String value) {
        Matcher m = TIMESTAMP.matcher(value);
        if (!m.matches()) {
            return "malformed";
        }
        String offset = m.group(8);
        if (offset != null && UNKNOWN_OFFSET.matcher(offset).matches()) {
            return "malformed";
        }
        return outcome(() -> {
            String fraction = m.group(7) == null ? "0" : (m.group(7) + "00000000").substring(0, 9);
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)), Integer.parseInt(fraction));
            return local.toInstant(offset == null || offset.equalsIgnoreCase("Z") ? ZoneOffset.UTC
                    : ZoneOffset.of(offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset));
        });
    }

    private static Object outcome(java.util.function.Supplier<Instant> reading) {
        try {
            Instant instant = reading.get();
            return instant == null ? "malformed" : instant;
        } catch (DateTimeException e) {
            return DateTimeException.class;
        }
    }
}
