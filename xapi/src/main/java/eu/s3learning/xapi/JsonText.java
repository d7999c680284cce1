package eu.s3learning.xapi;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;

/**
 * Compact JSON text, written straight into one {@link StringBuilder}: the part of a JSON generator that
 * {@link StatementWriter} uses, with the same output as Parsson's generator. Parsson copies every string character
 * by character into a buffer of chars and then into the writer; with the client compiler this server runs, that
 * was two thirds of writing a statement, and writing statements a sixth of the LRS's processor time for a batch
 * (profiled with bench/lrs-ingest). Here a string is checked for characters to escape and, as nearly all are, then
 * appended whole.
 *
 * <p>The caller keeps to JSON's grammar (a key before each value in an object, every start ended); the writer's
 * tests check the text it gives.
 */
final class JsonText {

    private final StringBuilder out = new StringBuilder(1024);
    /** The string being written, as characters. */
    private char[] chars = new char[256];
    /** Per open object or array: whether anything was written in it yet. */
    private boolean[] filled = new boolean[16];
    /** Per open object or array: whether it is an object. */
    private boolean[] object = new boolean[16];
    private int depth;
    /** A key was just written, so its value needs no comma before it. */
    private boolean afterKey;

    JsonText writeStartObject() {
        return open(true);
    }

    JsonText writeStartObject(String key) {
        return writeKey(key).open(true);
    }

    JsonText writeStartArray(String key) {
        return writeKey(key).open(false);
    }

    JsonText writeKey(String key) {
        separate();
        string(key);
        out.append(':');
        afterKey = true;
        return this;
    }

    JsonText writeEnd() {
        depth--;
        out.append(object[depth] ? '}' : ']');
        return this;
    }

    JsonText write(String value) {
        separate();
        string(value);
        return this;
    }

    JsonText write(String key, String value) {
        return writeKey(key).write(value);
    }

    JsonText write(String key, boolean value) {
        writeKey(key).separate();
        out.append(value);
        return this;
    }

    JsonText write(String key, long value) {
        writeKey(key).separate();
        out.append(value);
        return this;
    }

    JsonText write(String key, BigDecimal value) {
        writeKey(key).separate();
        out.append(value.toString());
        return this;
    }

    JsonText write(String key, JsonValue value) {
        return writeKey(key).write(value);
    }

    JsonText write(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                open(true);
                for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
                    write(entry.getKey(), entry.getValue());
                }
                writeEnd();
            }
            case ARRAY -> {
                open(false);
                for (JsonValue item : value.asJsonArray()) {
                    write(item);
                }
                writeEnd();
            }
            case STRING -> write(((JsonString) value).getString());
            case NUMBER -> {
                separate();
                out.append(((JsonNumber) value).toString());
            }
            case TRUE -> literal("true");
            case FALSE -> literal("false");
            case NULL -> literal("null");
        }
        return this;
    }

    String text() {
        return out.toString();
    }

    private JsonText open(boolean isObject) {
        separate();
        out.append(isObject ? '{' : '[');
        if (depth == filled.length) {
            filled = Arrays.copyOf(filled, depth * 2);
            object = Arrays.copyOf(object, depth * 2);
        }
        filled[depth] = false;
        object[depth] = isObject;
        depth++;
        return this;
    }

    private void literal(String literal) {
        separate();
        out.append(literal);
    }

    /** The comma before a value or key, unless it is the first in its object or array or a key's value. */
    private void separate() {
        if (afterKey) {
            afterKey = false;
        } else if (depth > 0) {
            if (filled[depth - 1]) {
                out.append(',');
            }
            filled[depth - 1] = true;
        }
    }

    /**
     * A JSON string: quotes, backslashes and control characters escaped as Parsson escapes them, the rest as is. The
     * characters are looked at in a copy: with the client compiler, {@code charAt} for each was most of the time.
     */
    private void string(String value) {
        int length = value.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        value.getChars(0, length, chars, 0);
        out.append('"');
        int from = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x20 || c == '"' || c == '\\') {
                out.append(chars, from, i - from).append('\\');
                switch (c) {
                    case '"', '\\' -> out.append(c);
                    case '\b' -> out.append('b');
                    case '\f' -> out.append('f');
                    case '\n' -> out.append('n');
                    case '\r' -> out.append('r');
                    case '\t' -> out.append('t');
                    default -> out.append("u00").append(Character.forDigit(c >> 4, 16))
                            .append(Character.forDigit(c & 0xF, 16));
                }
                from = i + 1;
            }
        }
        if (from == 0) {
            out.append(value);
        } else {
            out.append(chars, from, length - from);
        }
        out.append('"');
    }
}
