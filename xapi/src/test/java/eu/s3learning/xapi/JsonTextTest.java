package eu.s3learning.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The text is Parsson's, character for character, whatever the strings hold. */
class JsonTextTest {

    private static final String CHARACTERS = "aZ09 \"\\/\b\f\n\r\t\u0000\u0001\u001f\u007f\u00e9\u2028\u4e2d\ud83d\ude00";

    @Test
    void writesWhatParssonWrites() {
        SplittableRandom random = new SplittableRandom(3);
        for (int n = 0; n < 20_000; n++) {
            String key = randomString(random);
            String value = randomString(random);
            long number = random.nextLong();
            BigDecimal decimal = new BigDecimal(random.nextLong()).movePointLeft(random.nextInt(-5, 12));
            JsonValue nested = parse("{\"" + escapeForTest(key) + "\":[1,2.50,-3e4,true,false,null,\"" + escapeForTest(value)
                    + "\",{}],\"empty\":[],\"o\":{\"x\":{\"y\":[[]]}}}");

            JsonText ours = new JsonText().writeStartObject()
                    .write(key, value).write("n", number).write("d", decimal).write("t", true).write("f", false)
                    .writeKey("nested").write(nested).write("copy", nested);
            ours.writeStartArray("list").write(value).write(nested).writeStartObject().writeEnd().writeEnd();
            ours.writeStartObject("inner").write(value, key).writeEnd().writeEnd();

            StringWriter text = new StringWriter();
            try (JsonGenerator parsson = Jsonp.PROVIDER.createGeneratorFactory(Map.of()).createGenerator(text)) {
                parsson.writeStartObject()
                        .write(key, value).write("n", number).write("d", decimal).write("t", true).write("f", false)
                        .writeKey("nested").write(nested).write("copy", nested);
                parsson.writeStartArray("list").write(value).write(nested).writeStartObject().writeEnd().writeEnd();
                parsson.writeStartObject("inner").write(value, key).writeEnd().writeEnd();
            }
            assertEquals(text.toString(), ours.text());
        }
    }

    private static String randomString(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            s.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        return s.toString();
    }

    /** Enough escaping to put a test string into the JSON text that is parsed; the writers' escaping is what is tested. */
    private static String escapeForTest(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == '"' || c == '\\') {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static JsonValue parse(String json) {
        try (var reader = Jsonp.PROVIDER.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
