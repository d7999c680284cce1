package eu.s3learning.core.tracking.lrs;

import eu.s3learning.xapi.Jsonp;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The LRS's answer: status, headers and body, written out by the endpoint as they are. */
public record LrsResponse(int status, Map<String, String> headers, byte[] body) {

    public static final String JSON = "application/json; charset=utf-8";

    public LrsResponse {
        headers = new LinkedHashMap<>(headers);
        body = body == null ? new byte[0] : body;
    }

    public static LrsResponse noContent() {
        return new LrsResponse(204, Map.of(), null);
    }

    public static LrsResponse json(int status, JsonValue value) {
        return json(status, value.toString());
    }

    public static LrsResponse json(int status, String json) {
        return new LrsResponse(status, Map.of("Content-Type", JSON), json.getBytes(StandardCharsets.UTF_8));
    }

    public static LrsResponse of(int status, String contentType, byte[] body) {
        return new LrsResponse(status, Map.of("Content-Type", contentType), body);
    }

    public static LrsResponse error(LrsError error) {
        return json(error.status(), Jsonp.PROVIDER.createObjectBuilder()
                .add("error", reason(error.status()))
                .add("message", error.getMessage() == null ? reason(error.status()) : error.getMessage())
                .build());
    }

    /** The same response with one more header. */
    public LrsResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new LrsResponse(status, more, body);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 428 -> "precondition-required";
            case 429 -> "too-many-requests";
            default -> "error";
        };
    }
}
