package eu.s3learning.core.tracking.lrs;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The xAPI Alternate Request Syntax, for clients that can only send GET and POST across origins: a POST with a
 * single {@code method} query parameter and a form body holding the real request's parameters, its headers and
 * its body as {@code content}. It is turned back into the request it stands for before anything else is done.
 */
public final class AlternateRequestSyntax {

    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "HEAD");
    /** Form fields that stand for headers of the real request. */
    private static final Set<String> HEADERS = Set.of("authorization", "x-experience-api-version", "content-type",
            "content-length", "if-match", "if-none-match");

    private AlternateRequestSyntax() {
    }

    public static LrsRequest unwrap(LrsRequest request) {
        if (!request.has("method")) {
            return request;
        }
        if (!request.method().equals("POST")) {
            throw LrsError.badRequest("The method parameter is only for the Alternate Request Syntax, with POST");
        }
        if (XapiVersion.isTwo(request)) {
            throw LrsError.badRequest("xAPI 2.0 has no Alternate Request Syntax");
        }
        if (request.parameters().size() > 1) {
            throw LrsError.badRequest("With the Alternate Request Syntax, 'method' is the only query parameter;"
                    + " the others go in the form body");
        }
        String method = request.parameter("method").toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw LrsError.badRequest("The method parameter must be GET, PUT, POST, DELETE or HEAD");
        }
        if (!request.mediaType().equals("application/x-www-form-urlencoded")) {
            throw LrsError.badRequest("The Alternate Request Syntax sends its form as application/x-www-form-urlencoded");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        byte[] content = new byte[0];
        for (Map.Entry<String, String> field : form(request.bodyText()).entrySet()) {
            String name = field.getKey();
            if (name.equals("content")) {
                content = field.getValue().getBytes(StandardCharsets.UTF_8);
            } else if (HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, field.getValue());
            } else {
                parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(field.getValue());
            }
        }
        // Headers sent for real still count (the platform's reverse proxy may add some) unless the form overrides.
        Map<String, String> merged = new LinkedHashMap<>(request.headers());
        merged.remove("Content-Type");
        merged.remove("Content-Length");
        merged.putAll(headers);
        // The content of a statement request is JSON unless the form says otherwise.
        if (content.length > 0 && headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("Content-Type"))) {
            merged.put("Content-Type", "application/json");
        }
        LrsRequest unwrapped = request.with(method, parameters, merged, content);
        if (XapiVersion.isTwo(unwrapped)) {
            throw LrsError.badRequest("xAPI 2.0 has no Alternate Request Syntax");
        }
        return unwrapped;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (fields.put(name, value) != null) {
                throw LrsError.badRequest("The form field '" + name + "' is given more than once");
            }
        }
        return fields;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw LrsError.badRequest("The form body is not well-formed application/x-www-form-urlencoded");
        }
    }
}
