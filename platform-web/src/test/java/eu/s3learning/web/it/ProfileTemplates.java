package eu.s3learning.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The statement templates of the platform's xAPI profile (docs/xapi-profile.jsonld), to check statements against:
 * the verb and object type pick the template; its context activity types and rules must then hold. The rules'
 * locations are the simple JSONPath the profile uses ({@code $.a.b} and {@code $.a['iri']}).
 */
final class ProfileTemplates {

    static final String RESOURCE = "xapi-profile.jsonld";

    private final List<JsonObject> templates;

    private ProfileTemplates(List<JsonObject> templates) {
        this.templates = templates;
    }

    static ProfileTemplates load() throws Exception {
        try (InputStream in = ProfileTemplates.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not in the deployment");
            }
            return new ProfileTemplates(Json.createReader(in).readObject().getJsonArray("templates").getValuesAs(JsonObject.class));
        }
    }

    /** What is wrong with the statement by the profile; empty when a template matches it and all its rules hold. */
    Optional<String> problemWith(JsonObject statement) {
        String verb = statement.getJsonObject("verb").getString("id");
        String type = statement.getJsonObject("object").getJsonObject("definition").getString("type", "");
        List<JsonObject> candidates = templates.stream()
                .filter(t -> t.getString("verb").equals(verb) && t.getString("objectActivityType").equals(type)).toList();
        if (candidates.isEmpty()) {
            return Optional.of("no template for verb " + verb + " with an object of type " + type);
        }
        List<String> problems = new ArrayList<>();
        for (JsonObject template : candidates) {
            List<String> broken = broken(template, statement);
            if (broken.isEmpty()) {
                return Optional.empty();
            }
            problems.add(template.getString("id") + ": " + broken);
        }
        return Optional.of(String.join("; ", problems));
    }

    private static List<String> broken(JsonObject template, JsonObject statement) {
        List<String> broken = new ArrayList<>();
        JsonObject contextActivities = Optional.ofNullable(statement.getJsonObject("context"))
                .map(c -> c.getJsonObject("contextActivities")).orElse(JsonValue.EMPTY_JSON_OBJECT);
        for (String kind : List.of("grouping", "parent")) {
            String key = "context" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + "ActivityType";
            if (template.containsKey(key)) {
                Set<String> present = contextActivities.getJsonArray(kind) == null ? Set.of()
                        : contextActivities.getJsonArray(kind).getValuesAs(JsonObject.class).stream()
                                .map(a -> a.getJsonObject("definition").getString("type", "")).collect(Collectors.toSet());
                for (JsonString wanted : template.getJsonArray(key).getValuesAs(JsonString.class)) {
                    if (!present.contains(wanted.getString())) {
                        broken.add("no " + kind + " activity of type " + wanted.getString());
                    }
                }
            }
        }
        for (JsonObject rule : template.getJsonArray("rules").getValuesAs(JsonObject.class)) {
            String location = rule.getString("location");
            JsonValue value = at(statement, location);
            String presence = rule.getString("presence", "");
            if (presence.equals("included") && value == null) {
                broken.add(location + " missing");
            }
            if (presence.equals("excluded") && value != null) {
                broken.add(location + " present");
            }
            JsonArray any = rule.getJsonArray("any");
            if (any != null && value != null && !any.contains(value)) {
                broken.add(location + " is " + value + ", not one of " + any);
            }
        }
        return broken;
    }

    /** The value at a location such as {@code $.context.extensions['https://…']}, or null. */
    static JsonValue at(JsonObject root, String location) {
        if (!location.startsWith("$")) {
            throw new IllegalArgumentException(location);
        }
        JsonValue current = root;
        int i = 1;
        while (i < location.length() && current != null) {
            String key;
            if (location.startsWith("['", i)) {
                int end = location.indexOf("']", i);
                key = location.substring(i + 2, end);
                i = end + 2;
            } else if (location.charAt(i) == '.') {
                int end = i + 1;
                while (end < location.length() && location.charAt(end) != '.' && location.charAt(end) != '[') {
                    end++;
                }
                key = location.substring(i + 1, end);
                i = end;
            } else {
                throw new IllegalArgumentException(location);
            }
            current = current.getValueType() == JsonValue.ValueType.OBJECT ? current.asJsonObject().get(key) : null;
        }
        return current;
    }
}
