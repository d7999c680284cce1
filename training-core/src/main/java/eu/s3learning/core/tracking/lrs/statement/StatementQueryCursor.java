package eu.s3learning.core.tracking.lrs.statement;

import eu.s3learning.core.tracking.lrs.LrsError;
import eu.s3learning.xapi.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the next page of a statement query starts, carried in the {@code more} address: the query's parameters,
 * the last statement returned and the newest statement the first page could see. Pages stay stable while
 * statements keep arriving; the client's scopes are applied again on each page, so editing the token gains nothing.
 */
public record StatementQueryCursor(Map<String, String> parameters, long afterSeq, long upToSeq) {

    public String token() {
        JsonObjectBuilder query = Jsonp.PROVIDER.createObjectBuilder();
        parameters.forEach(query::add);
        String json = Jsonp.PROVIDER.createObjectBuilder().add("q", query).add("a", afterSeq).add("u", upToSeq).build().toString();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    public static StatementQueryCursor of(String token) {
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)))) {
            JsonObject json = reader.readObject();
            Map<String, String> parameters = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> entry : json.getJsonObject("q").entrySet()) {
                parameters.put(entry.getKey(), ((JsonString) entry.getValue()).getString());
            }
            return new StatementQueryCursor(parameters, json.getJsonNumber("a").longValueExact(),
                    json.getJsonNumber("u").longValueExact());
        } catch (RuntimeException broken) {
            throw LrsError.badRequest("The 'more' parameter is not one this LRS gave out");
        }
    }

    /** The parameters as a request would carry them. */
    public Map<String, List<String>> asRequestParameters() {
        Map<String, List<String>> request = new LinkedHashMap<>();
        parameters.forEach((name, value) -> request.put(name, List.of(value)));
        return request;
    }
}
