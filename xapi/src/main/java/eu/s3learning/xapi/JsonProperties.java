package eu.s3learning.xapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Set;

/**
 * The properties of one JSON object of a statement, at its path. It refuses, up front, keys the specification
 * does not define there (keys are case-sensitive) and null values; its getters refuse values of the wrong type.
 * An absent property reads as null.
 */
final class JsonProperties {

    private final JsonObject object;
    private final String path;

    private JsonProperties(JsonObject object, String path) {
        this.object = object;
        this.path = path;
    }

    static JsonProperties of(JsonValue value, String path, String what, Set<String> allowed) {
        JsonObject object = object(value, path);
        for (var property : object.entrySet()) {
            String key = property.getKey();
            if (!allowed.contains(key)) {
                String hint = allowed.stream().filter(key::equalsIgnoreCase).findFirst()
                        .map(known -> " (keys are case-sensitive: " + known + ")").orElse("");
                throw new InvalidStatement(StatementRule.UNKNOWN_PROPERTY, path + "." + key,
                        "is not a property of " + what + hint);
            }
            if (property.getValue().getValueType() == JsonValue.ValueType.NULL) {
                throw nullValue(path + "." + key);
            }
        }
        return new JsonProperties(object, path);
    }

    static JsonObject object(JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw wrongType(value, path, "an object");
        }
        return value.asJsonObject();
    }

    static JsonArray array(JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw wrongType(value, path, "an array");
        }
        return value.asJsonArray();
    }

    static String string(JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw wrongType(value, path, "a string");
        }
        return ((JsonString) value).getString();
    }

    /** A null inside a language map or an array is reported as the null it is. */
    static InvalidStatement wrongType(JsonValue value, String path, String expected) {
        return value.getValueType() == JsonValue.ValueType.NULL ? nullValue(path) : wrongType(path, expected);
    }

    static InvalidStatement nullValue(String path) {
        return new InvalidStatement(StatementRule.NULL_VALUE, path, "must not be null (only extension values may be)");
    }

    static InvalidStatement wrongType(String path, String expected) {
        return new InvalidStatement(StatementRule.WRONG_TYPE, path, "must be " + expected);
    }

    String path() {
        return path;
    }

    String path(String key) {
        return path + "." + key;
    }

    boolean has(String key) {
        return object.containsKey(key);
    }

    JsonValue value(String key) {
        return object.get(key);
    }

    JsonValue required(String key) {
        JsonValue value = object.get(key);
        if (value == null) {
            throw new InvalidStatement(StatementRule.REQUIRED_PROPERTY, path(key), "is required");
        }
        return value;
    }

    String string(String key) {
        JsonValue value = object.get(key);
        return value == null ? null : string(value, path(key));
    }

    String requiredString(String key) {
        return string(required(key), path(key));
    }

    Boolean bool(String key) {
        JsonValue value = object.get(key);
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> throw wrongType(path(key), "a boolean");
        };
    }

    BigDecimal number(String key) {
        JsonValue value = object.get(key);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw wrongType(path(key), "a number");
        }
        return ((JsonNumber) value).bigDecimalValue();
    }
}
