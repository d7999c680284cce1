package eu.s3learning.xapi;

import jakarta.json.JsonConfig;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One JSON value and nothing after it, with no key twice in an object. JSON-P's reader stops after the first
 * value and ignores what follows, so {@code {"a":1}{} } would pass for an object; an LRS must refuse such a body.
 * The value is built here, not by the parser: Parsson's parser, given {@link JsonConfig.KeyStrategy#NONE}, still
 * kept the last of two equal keys (tried with Parsson 1.1.7; StatementRulesTest).
 */
public final class StrictJson {

    private static final JsonParserFactory PARSERS = Jsonp.PROVIDER.createParserFactory(
            Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    private StrictJson() {
    }

    /**
     * The value, or a {@link JsonException} when the text is not exactly one well-formed JSON value or an object in
     * it has a key twice (which value would count is undefined, so neither may).
     */
    public static JsonValue parse(String json) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(json))) {
            if (!parser.hasNext()) {
                throw new JsonException("no JSON value");
            }
            JsonValue value = value(parser, parser.next());
            if (parser.hasNext()) {
                throw new JsonException("more text follows the JSON value");
            }
            return value;
        } catch (IllegalStateException | java.util.NoSuchElementException e) {
            throw new JsonException(e.getMessage(), e);
        }
    }

    private static JsonValue value(JsonParser parser, JsonParser.Event event) {
        switch (event) {
            case START_OBJECT:
                JsonObjectBuilder object = Jsonp.PROVIDER.createObjectBuilder();
                Set<String> keys = new HashSet<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                    String key = parser.getString();
                    if (!keys.add(key)) {
                        throw new JsonException("the key \"" + key + "\" appears twice in one object");
                    }
                    object.add(key, value(parser, parser.next()));
                }
                return object.build();
            case START_ARRAY:
                JsonArrayBuilder array = Jsonp.PROVIDER.createArrayBuilder();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    array.add(value(parser, next));
                }
                return array.build();
            default:
                return parser.getValue();
        }
    }
}
