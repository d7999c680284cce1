package eu.s3learning.core.tracking.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.journal.LearningEventType;
import eu.s3learning.xapi.Iri;
import eu.s3learning.xapi.Jsonp;
import eu.s3learning.xapi.Verb;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/xapi-profile.jsonld, the xAPI Profile (JSON-LD) of the platform's statements, says what PlatformVocabulary
 * says: a template for every event with the verb the platform uses, each of the profile's own terms defined once in
 * English and Romanian with the verbs' displays as labels, and no term the platform does not use. (The templates'
 * rules are checked against the statements the platform really stores, in ProgrammeDeliveryIT.)
 */
class XapiProfileDocumentTest {

    private static final Path PROFILE = Path.of("..", "docs", "xapi-profile.jsonld");

    private final JsonObject profile = read();
    private final List<JsonObject> concepts = profile.getJsonArray("concepts").getValuesAs(JsonObject.class);
    private final List<JsonObject> templates = profile.getJsonArray("templates").getValuesAs(JsonObject.class);

    private static JsonObject read() {
        try (Reader in = Files.newBufferedReader(PROFILE)) {
            return Jsonp.PROVIDER.createReader(in).readObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void it_is_a_profile_whose_concepts_belong_to_its_version() {
        assertEquals("https://w3id.org/xapi/profiles/context", profile.getString("@context"));
        assertEquals("Profile", profile.getString("type"));
        assertEquals("https://w3id.org/xapi/profiles#1.0", profile.getString("conformsTo"));
        assertEquals(PlatformVocabulary.BASE + "profile", profile.getString("id"));
        Set<String> versions = profile.getJsonArray("versions").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("id")).collect(Collectors.toSet());
        for (JsonObject term : all()) {
            assertTrue(versions.contains(term.getString("inScheme")), term.getString("id"));
            for (String field : List.of("prefLabel", "definition")) {
                assertEquals(Set.of("en", "ro"), term.getJsonObject(field).keySet(), term.getString("id") + " " + field);
            }
        }
        assertEquals(all().size(), all().stream().map(t -> t.getString("id")).distinct().count(), "each id once");
    }

    @Test
    void every_event_has_a_template_with_the_verb_the_platform_uses() {
        for (LearningEventType type : LearningEventType.values()) {
            String id = PlatformVocabulary.BASE + "templates/" + type.name().toLowerCase(Locale.ROOT).replace('_', '-');
            JsonObject template = templates.stream().filter(t -> t.getString("id").equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("no template " + id));
            assertEquals(PlatformVocabulary.verb(type).id().value(), template.getString("verb"), id);
        }
        assertEquals(LearningEventType.values().length, templates.size(), "a template per event, no other");
    }

    @Test
    void the_profiles_own_verbs_are_labelled_as_the_statements_display_them() {
        Map<String, Verb> own = Arrays.stream(LearningEventType.values()).map(PlatformVocabulary::verb)
                .filter(v -> v.id().value().startsWith(PlatformVocabulary.BASE))
                .collect(Collectors.toMap(v -> v.id().value(), v -> v, (a, b) -> a));
        assertEquals(own.keySet(), ids("Verb"));
        for (JsonObject concept : ofType("Verb")) {
            Verb verb = own.get(concept.getString("id"));
            JsonObject label = concept.getJsonObject("prefLabel");
            assertEquals(verb.display().entries(), label.keySet().stream().collect(Collectors.toMap(k -> k, label::getString)));
        }
    }

    @Test
    void the_profiles_own_activity_types_and_extensions_are_those_the_platform_uses() throws Exception {
        Set<String> ownTypes = constants(Iri.class).stream().filter(i -> i.startsWith(PlatformVocabulary.BASE)).collect(Collectors.toSet());
        assertEquals(ownTypes, ids("ActivityType"));
        Set<String> extensions = constants(String.class).stream().filter(s -> s.startsWith(PlatformVocabulary.BASE + "extensions/"))
                .collect(Collectors.toSet());
        assertEquals(extensions, ids("ContextExtension"));
        Set<String> allTypes = Set.copyOf(constants(Iri.class));
        for (JsonObject template : templates) {
            assertTrue(allTypes.contains(template.getString("objectActivityType")), template.getString("id"));
            for (String key : List.of("contextGroupingActivityType", "contextParentActivityType")) {
                if (template.containsKey(key)) {
                    template.getJsonArray(key).getValuesAs(JsonString.class)
                            .forEach(t -> assertTrue(allTypes.contains(t.getString()), template.getString("id") + " " + key));
                }
            }
        }
    }

    private List<JsonObject> all() {
        return java.util.stream.Stream.concat(concepts.stream(), templates.stream()).toList();
    }

    private List<JsonObject> ofType(String type) {
        return concepts.stream().filter(c -> c.getString("type").equals(type)).toList();
    }

    private Set<String> ids(String type) {
        return ofType(type).stream().map(c -> c.getString("id")).collect(Collectors.toSet());
    }

    /** The vocabulary's public constants of the type, as text. */
    private static List<String> constants(Class<?> type) throws IllegalAccessException {
        List<String> values = new java.util.ArrayList<>();
        for (Field field : PlatformVocabulary.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
                Object value = field.get(null);
                values.add(value instanceof Iri iri ? iri.value() : value.toString());
            }
        }
        return values;
    }
}
