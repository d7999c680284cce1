package eu.s3learning.core.tracking.lrs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request to the LRS as the protocol sees it, free of the servlet API: the endpoint's own path on the server
 * (e.g. {@code /xapi}, for the addresses the LRS gives out), the method, the resource path below
 * the endpoint (e.g. {@code statements}, {@code activities/state}), the query parameters, the headers (names
 * case-insensitive) and the body, already limited in size by whoever read it.
 */
public record LrsRequest(String endpoint, String method, String resource, Map<String, List<String>> parameters,
        Map<String, String> headers, byte[] body) {

    public LrsRequest {
        method = method.toUpperCase(Locale.ROOT);
        parameters = Map.copyOf(parameters);
        TreeMap<String, String> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseless.putAll(headers);
        headers = java.util.Collections.unmodifiableMap(caseless);
        body = body == null ? new byte[0] : body;
    }

    /**
     * A parameter's single value, or null when absent. A parameter given twice is refused: the specification
     * defines each one once, and guessing which of two counts would hide a client's mistake.
     */
    public String parameter(String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw LrsError.badRequest("The parameter '" + name + "' is given more than once");
        }
        return values.get(0);
    }

    public boolean has(String parameter) {
        return parameters.containsKey(parameter);
    }

    /** A header's value, or null when absent. */
    public String header(String name) {
        return headers.get(name);
    }

    /** The media type of the body without its parameters, lower case; empty when none was sent. */
    public String mediaType() {
        String type = header("Content-Type");
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public LrsRequest with(String newMethod, Map<String, List<String>> newParameters, Map<String, String> newHeaders,
            byte[] newBody) {
        return new LrsRequest(endpoint, newMethod, resource, newParameters, newHeaders, newBody);
    }
}
