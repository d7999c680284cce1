package eu.s3learning.core.tracking.lrs;

import eu.s3learning.core.tracking.lrs.client.LrsCredential;
import eu.s3learning.core.tracking.lrs.statement.StatementStore;
import eu.s3learning.core.tracking.lrs.statement.StoredStatement;
import eu.s3learning.xapi.Iri;
import eu.s3learning.xapi.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Activities resource: an activity with its canonical definition, which this LRS makes from the definitions
 * of the latest statements that gave one ({@link #MERGED_DEFINITIONS} at most): their languages together, the
 * newest value of everything else. Computed when asked, so that writers of statements never contend for a
 * shared activity row.
 */
@ApplicationScoped
public class ActivitiesResource {

    static final int MERGED_DEFINITIONS = 50;

    @Inject
    StatementStore statements;

    public LrsResponse handle(LrsRequest request, LrsCredential client) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            throw new LrsError(405, "The Activities resource takes GET");
        }
        if (!client.canReadStatements() && !client.canReadProfiles()) {
            throw LrsError.forbidden("This client may not read activities");
        }
        for (String name : request.parameters().keySet()) {
            if (!name.equals("activityId")) {
                throw LrsError.badRequest("The Activities resource has no '" + name + "' parameter");
            }
        }
        String id = request.parameter("activityId");
        if (id == null) {
            throw LrsError.badRequest("The Activities resource needs the activityId parameter");
        }
        if (!Iri.isAbsolute(id)) {
            throw LrsError.badRequest("The activityId parameter must be an IRI");
        }
        // A client that may read only its own statements learns nothing from other clients' statements here either;
        // one with the profile scope reads activities as the Activity Profile resource does, whoever defined them.
        Long onlyOfClient = client.readsOnlyOwnStatements() && !client.canReadProfiles() ? client.clientId() : null;
        List<StoredStatement> defining = statements.defining(IndexHash.of(id), onlyOfClient, MERGED_DEFINITIONS);
        JsonObjectBuilder definition = null;
        for (int i = defining.size() - 1; i >= 0; i--) {
            Optional<JsonObject> activity = find(read(defining.get(i).body()), id);
            if (activity.isPresent()) {
                JsonObject next = activity.get().getJsonObject("definition");
                definition = definition == null ? Jsonp.PROVIDER.createObjectBuilder(next) : merge(definition.build(), next);
            }
        }
        JsonObjectBuilder activity = Jsonp.PROVIDER.createObjectBuilder().add("objectType", "Activity").add("id", id);
        if (definition != null) {
            activity.add("definition", definition);
        }
        return LrsResponse.json(200, activity.build());
    }

    /**
     * A later definition over an earlier one: language maps (name, description, and those of interaction
     * components are taken whole) gain the later languages, everything else is replaced.
     */
    private static JsonObjectBuilder merge(JsonObject earlier, JsonObject later) {
        JsonObjectBuilder merged = Jsonp.PROVIDER.createObjectBuilder(earlier);
        for (Map.Entry<String, JsonValue> entry : later.entrySet()) {
            String key = entry.getKey();
            if ((key.equals("name") || key.equals("description")) && earlier.get(key) instanceof JsonObject old
                    && entry.getValue() instanceof JsonObject added) {
                merged.add(key, Jsonp.PROVIDER.createObjectBuilder(old).addAll(Jsonp.PROVIDER.createObjectBuilder(added)));
            } else {
                merged.add(key, entry.getValue());
            }
        }
        return merged;
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** The activity with this id and a definition, wherever in the statement it is. */
    private static Optional<JsonObject> find(JsonValue value, String id) {
        if (value instanceof JsonObject object) {
            if (id.equals(object.getString("id", null)) && object.containsKey("definition")
                    && "Activity".equals(object.getString("objectType", "Activity"))) {
                return Optional.of(object);
            }
            for (JsonValue child : object.values()) {
                Optional<JsonObject> found = find(child, id);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (value instanceof JsonArray array) {
            for (JsonValue child : array) {
                Optional<JsonObject> found = find(child, id);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
