package eu.s3learning.core.tracking.xapi;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes statements as JSON in one of the three {@link StatementFormat}s. Timestamps come out in UTC, as the
 * specification recommends; objectType is always written, and context activities always as arrays, as an LRS
 * must return them.
 */
public final class StatementWriter {

    private static final JsonBuilderFactory JSON = Jsonp.PROVIDER.createBuilderFactory(Map.of());

    private enum Reduction { NONE, IDS, COMPARISON }

    private final Reduction reduction;
    /** Null unless canonical. */
    private final List<Locale.LanguageRange> languages;

    private StatementWriter(Reduction reduction, List<Locale.LanguageRange> languages) {
        this.reduction = reduction;
        this.languages = languages == null ? null : List.copyOf(languages);
    }

    /**
     * A writer for the format asked for.
     *
     * @param acceptLanguage the reader's preferred languages, parsed from Accept-Language; used by canonical only
     */
    public static StatementWriter of(StatementFormat format, List<Locale.LanguageRange> acceptLanguage) {
        return switch (format) {
            case EXACT -> new StatementWriter(Reduction.NONE, null);
            case IDS -> new StatementWriter(Reduction.IDS, null);
            case CANONICAL -> new StatementWriter(Reduction.NONE, acceptLanguage);
        };
    }

    /**
     * The form statements are compared in: agents as sent but for the case of the e-mail domain, group members in
     * a fixed order, activities and verbs by id alone, numbers without trailing zeros.
     */
    static StatementWriter forComparison() {
        return new StatementWriter(Reduction.COMPARISON, null);
    }

    public JsonObject write(Statement statement) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        if (statement.id() != null) {
            json.add("id", statement.id().toString());
        }
        json.add("actor", actor(statement.actor()))
                .add("verb", verb(statement.verb()))
                .add("object", object(statement.object()));
        if (statement.result() != null) {
            json.add("result", result(statement.result()));
        }
        if (statement.context() != null) {
            json.add("context", context(statement.context()));
        }
        addInstant(json, "timestamp", statement.timestamp());
        addInstant(json, "stored", statement.stored());
        if (statement.authority() != null) {
            json.add("authority", actor(statement.authority()));
        }
        if (statement.version() != null) {
            json.add("version", statement.version());
        }
        addAttachments(json, statement.attachments());
        return json.build();
    }

    /** An Agent or Group alone, e.g. a statement's authority or a document's agent. */
    public JsonObject write(Actor actor) {
        return actor(actor);
    }

    private JsonObject actor(Actor actor) {
        return actor instanceof Agent agent ? agent(agent) : group((Group) actor);
    }

    private JsonObject agent(Agent agent) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("objectType", "Agent");
        if (agent.name() != null && reduction != Reduction.IDS) {
            json.add("name", agent.name());
        }
        addIdentifier(json, agent.identifier());
        return json.build();
    }

    private JsonObject group(Group group) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("objectType", "Group");
        if (group.name() != null && reduction != Reduction.IDS) {
            json.add("name", group.name());
        }
        if (group.identifier() != null) {
            addIdentifier(json, group.identifier());
        }
        // In ids form an identified Group is its identifier; only an anonymous one needs its members.
        if (!group.members().isEmpty() && (reduction != Reduction.IDS || group.isAnonymous())) {
            JsonArrayBuilder members = JSON.createArrayBuilder();
            var written = group.members().stream().map(this::agent);
            if (reduction == Reduction.COMPARISON) {
                written = written.sorted(Comparator.comparing(JsonObject::toString));
            }
            written.forEach(members::add);
            json.add("member", members);
        }
        return json.build();
    }

    private void addIdentifier(JsonObjectBuilder json, InverseFunctionalIdentifier identifier) {
        if (identifier instanceof InverseFunctionalIdentifier.Mbox mbox) {
            json.add("mbox", reduction == Reduction.COMPARISON ? lowerCaseDomain(mbox.mailto()) : mbox.mailto());
        } else if (identifier instanceof InverseFunctionalIdentifier.MboxSha1Sum sum) {
            json.add("mbox_sha1sum", sum.sha1());
        } else if (identifier instanceof InverseFunctionalIdentifier.OpenId openId) {
            json.add("openid", openId.uri().value());
        } else {
            var account = (InverseFunctionalIdentifier.Account) identifier;
            json.add("account", JSON.createObjectBuilder()
                    .add("homePage", account.homePage().value()).add("name", account.name()));
        }
    }

    /** The domain of an e-mail address is case-insensitive, so it does not make statements differ. */
    private static String lowerCaseDomain(String mailto) {
        int at = mailto.lastIndexOf('@');
        return mailto.substring(0, at) + mailto.substring(at).toLowerCase(Locale.ROOT);
    }

    private JsonObject verb(Verb verb) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", verb.id().value());
        if (verb.display() != null && reduction == Reduction.NONE) {
            json.add("display", languageMap(verb.display()));
        }
        return json.build();
    }

    private JsonObject object(StatementObject object) {
        if (object instanceof Activity activity) {
            return activity(activity);
        }
        if (object instanceof Agent agent) {
            return agent(agent);
        }
        if (object instanceof Group group) {
            return group(group);
        }
        if (object instanceof StatementRef ref) {
            return statementRef(ref);
        }
        return subStatement((SubStatement) object);
    }

    private JsonObject statementRef(StatementRef ref) {
        return JSON.createObjectBuilder().add("objectType", "StatementRef").add("id", ref.id().toString()).build();
    }

    private JsonObject subStatement(SubStatement sub) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("objectType", "SubStatement")
                .add("actor", actor(sub.actor()))
                .add("verb", verb(sub.verb()))
                .add("object", object(sub.object()));
        if (sub.result() != null) {
            json.add("result", result(sub.result()));
        }
        if (sub.context() != null) {
            json.add("context", context(sub.context()));
        }
        addInstant(json, "timestamp", sub.timestamp());
        addAttachments(json, sub.attachments());
        return json.build();
    }

    private JsonObject activity(Activity activity) {
        if (reduction == Reduction.IDS) {
            // The ids format is the activity's id and nothing else; its objectType is the default one.
            return JSON.createObjectBuilder().add("id", activity.id().value()).build();
        }
        JsonObjectBuilder json = JSON.createObjectBuilder().add("objectType", "Activity")
                .add("id", activity.id().value());
        if (activity.definition() != null && reduction == Reduction.NONE) {
            json.add("definition", definition(activity.definition()));
        }
        return json.build();
    }

    private JsonObject definition(ActivityDefinition definition) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        addLanguageMap(json, "name", definition.name());
        addLanguageMap(json, "description", definition.description());
        if (definition.type() != null) {
            json.add("type", definition.type().value());
        }
        if (definition.moreInfo() != null) {
            json.add("moreInfo", definition.moreInfo().value());
        }
        if (definition.interactionType() != null) {
            json.add("interactionType", definition.interactionType().jsonName());
        }
        if (definition.correctResponsesPattern() != null) {
            json.add("correctResponsesPattern", JSON.createArrayBuilder(definition.correctResponsesPattern()));
        }
        definition.components().forEach((list, components) -> {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            for (InteractionComponent component : components) {
                JsonObjectBuilder item = JSON.createObjectBuilder().add("id", component.id());
                addLanguageMap(item, "description", component.description());
                array.add(item);
            }
            json.add(list, array);
        });
        addExtensions(json, definition.extensions());
        return json.build();
    }

    private JsonObject result(Result result) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        if (result.score() != null) {
            Score score = result.score();
            JsonObjectBuilder scoreJson = JSON.createObjectBuilder();
            addNumber(scoreJson, "scaled", score.scaled());
            addNumber(scoreJson, "raw", score.raw());
            addNumber(scoreJson, "min", score.min());
            addNumber(scoreJson, "max", score.max());
            json.add("score", scoreJson);
        }
        if (result.success() != null) {
            json.add("success", result.success());
        }
        if (result.completion() != null) {
            json.add("completion", result.completion());
        }
        if (result.response() != null) {
            json.add("response", result.response());
        }
        if (result.duration() != null) {
            json.add("duration", result.duration());
        }
        addExtensions(json, result.extensions());
        return json.build();
    }

    private JsonObject context(Context context) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        if (context.registration() != null) {
            json.add("registration", context.registration().toString());
        }
        if (context.instructor() != null) {
            json.add("instructor", actor(context.instructor()));
        }
        if (context.team() != null) {
            json.add("team", group(context.team()));
        }
        if (context.contextActivities() != null) {
            ContextActivities activities = context.contextActivities();
            JsonObjectBuilder kinds = JSON.createObjectBuilder();
            addActivities(kinds, "parent", activities.parent());
            addActivities(kinds, "grouping", activities.grouping());
            addActivities(kinds, "category", activities.category());
            addActivities(kinds, "other", activities.other());
            json.add("contextActivities", kinds);
        }
        if (context.revision() != null) {
            json.add("revision", context.revision());
        }
        if (context.platform() != null) {
            json.add("platform", context.platform());
        }
        if (context.language() != null) {
            json.add("language", context.language());
        }
        if (context.statement() != null) {
            json.add("statement", statementRef(context.statement()));
        }
        if (!context.contextAgents().isEmpty()) {
            JsonArrayBuilder agents = JSON.createArrayBuilder();
            for (ContextAgent agent : context.contextAgents()) {
                JsonObjectBuilder entry = JSON.createObjectBuilder().add("objectType", "contextAgent")
                        .add("agent", agent(agent.agent()));
                addRelevantTypes(entry, agent.relevantTypes());
                agents.add(entry);
            }
            json.add("contextAgents", agents);
        }
        if (!context.contextGroups().isEmpty()) {
            JsonArrayBuilder groups = JSON.createArrayBuilder();
            for (ContextGroup group : context.contextGroups()) {
                JsonObjectBuilder entry = JSON.createObjectBuilder().add("objectType", "contextGroup")
                        .add("group", group(group.group()));
                addRelevantTypes(entry, group.relevantTypes());
                groups.add(entry);
            }
            json.add("contextGroups", groups);
        }
        addExtensions(json, context.extensions());
        return json.build();
    }

    private static void addRelevantTypes(JsonObjectBuilder json, List<Iri> types) {
        if (!types.isEmpty()) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            types.forEach(type -> array.add(type.value()));
            json.add("relevantTypes", array);
        }
    }

    private void addActivities(JsonObjectBuilder json, String kind, List<Activity> activities) {
        if (!activities.isEmpty()) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            activities.stream().map(this::activity).forEach(array::add);
            json.add(kind, array);
        }
    }

    private void addAttachments(JsonObjectBuilder json, List<Attachment> attachments) {
        if (attachments.isEmpty()) {
            return;
        }
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Attachment attachment : attachments) {
            JsonObjectBuilder item = JSON.createObjectBuilder().add("usageType", attachment.usageType().value())
                    .add("display", languageMap(attachment.display()));
            addLanguageMap(item, "description", attachment.description());
            item.add("contentType", attachment.contentType())
                    .add("length", attachment.length())
                    .add("sha2", attachment.sha2());
            if (attachment.fileUrl() != null) {
                item.add("fileUrl", attachment.fileUrl().value());
            }
            array.add(item);
        }
        json.add("attachments", array);
    }

    private void addLanguageMap(JsonObjectBuilder json, String key, LanguageMap map) {
        if (map != null) {
            json.add(key, languageMap(map));
        }
    }

    private JsonObject languageMap(LanguageMap map) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        (languages == null ? map : map.best(languages)).entries().forEach(json::add);
        return json.build();
    }

    private void addExtensions(JsonObjectBuilder json, Extensions extensions) {
        if (extensions != null) {
            JsonObjectBuilder values = JSON.createObjectBuilder();
            extensions.values().forEach((key, value) -> values.add(key, comparable(value)));
            json.add("extensions", values);
        }
    }

    private void addNumber(JsonObjectBuilder json, String key, BigDecimal number) {
        if (number != null) {
            json.add(key, reduction == Reduction.COMPARISON ? number.stripTrailingZeros() : number);
        }
    }

    private static void addInstant(JsonObjectBuilder json, String key, Instant instant) {
        if (instant != null) {
            json.add(key, instant.toString());
        }
    }

    /** For comparison, 1.0 and 1 are one number, wherever in an extension value they stand. */
    private JsonValue comparable(JsonValue value) {
        if (reduction != Reduction.COMPARISON) {
            return value;
        }
        return switch (value.getValueType()) {
            case NUMBER -> Jsonp.PROVIDER.createValue(((JsonNumber) value).bigDecimalValue().stripTrailingZeros());
            case ARRAY -> {
                JsonArrayBuilder array = JSON.createArrayBuilder();
                value.asJsonArray().forEach(item -> array.add(comparable(item)));
                yield array.build();
            }
            case OBJECT -> {
                JsonObjectBuilder object = JSON.createObjectBuilder();
                value.asJsonObject().forEach((key, item) -> object.add(key, comparable(item)));
                yield object.build();
            }
            default -> value;
        };
    }
}
