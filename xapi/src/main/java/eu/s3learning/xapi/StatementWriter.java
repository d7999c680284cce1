package eu.s3learning.xapi;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Writes statements as JSON in one of the three {@link StatementFormat}s. Timestamps come out in UTC, as the
 * specification recommends; objectType is always written, and context activities always as arrays, as an LRS
 * must return them.
 *
 * <p>The text is generated in one pass, with no JSON tree in between: every statement the LRS stores is written
 * once, and building a tree of it and then printing it was about a seventh of what a single-statement POST allocated
 * (bench/lrs-ingest), and under load there was a young collection every 60 ms. It goes through {@link JsonText}.
 */
public final class StatementWriter {

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

    /** The statement as JSON text. */
    public String text(Statement statement) {
        return generate(statement, this::statement);
    }

    /** The statement as a JSON object, for code that takes it apart. */
    public JsonObject write(Statement statement) {
        return parse(text(statement)).asJsonObject();
    }

    /** An Agent or Group alone, e.g. a statement's authority or a document's agent. */
    public JsonObject write(Actor actor) {
        return parse(generate(actor, this::actor)).asJsonObject();
    }

    private static <T> String generate(T value, BiConsumer<JsonText, T> writer) {
        JsonText json = new JsonText();
        writer.accept(json, value);
        return json.text();
    }

    private static JsonValue parse(String text) {
        try (var reader = Jsonp.PROVIDER.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    private void statement(JsonText json, Statement statement) {
        json.writeStartObject();
        if (statement.id() != null) {
            json.write("id", statement.id().toString());
        }
        json.writeKey("actor");
        actor(json, statement.actor());
        json.writeKey("verb");
        verb(json, statement.verb());
        json.writeKey("object");
        object(json, statement.object());
        if (statement.result() != null) {
            json.writeKey("result");
            result(json, statement.result());
        }
        if (statement.context() != null) {
            json.writeKey("context");
            context(json, statement.context());
        }
        writeInstant(json, "timestamp", statement.timestamp());
        writeInstant(json, "stored", statement.stored());
        if (statement.authority() != null) {
            json.writeKey("authority");
            actor(json, statement.authority());
        }
        if (statement.version() != null) {
            json.write("version", statement.version());
        }
        writeAttachments(json, statement.attachments());
        json.writeEnd();
    }

    private void actor(JsonText json, Actor actor) {
        if (actor instanceof Agent agent) {
            agent(json, agent);
        } else {
            group(json, (Group) actor);
        }
    }

    private void agent(JsonText json, Agent agent) {
        json.writeStartObject().write("objectType", "Agent");
        if (agent.name() != null && reduction != Reduction.IDS) {
            json.write("name", agent.name());
        }
        writeIdentifier(json, agent.identifier());
        json.writeEnd();
    }

    private void group(JsonText json, Group group) {
        json.writeStartObject().write("objectType", "Group");
        if (group.name() != null && reduction != Reduction.IDS) {
            json.write("name", group.name());
        }
        if (group.identifier() != null) {
            writeIdentifier(json, group.identifier());
        }
        // In ids form an identified Group is its identifier; only an anonymous one needs its members.
        if (!group.members().isEmpty() && (reduction != Reduction.IDS || group.isAnonymous())) {
            json.writeStartArray("member");
            if (reduction == Reduction.COMPARISON) {
                // Members in a fixed order: that of their text.
                group.members().stream().map(member -> generate(member, this::agent)).sorted()
                        .forEach(member -> json.write(parse(member)));
            } else {
                group.members().forEach(member -> agent(json, member));
            }
            json.writeEnd();
        }
        json.writeEnd();
    }

    private void writeIdentifier(JsonText json, InverseFunctionalIdentifier identifier) {
        if (identifier instanceof InverseFunctionalIdentifier.Mbox mbox) {
            json.write("mbox", reduction == Reduction.COMPARISON ? lowerCaseDomain(mbox.mailto()) : mbox.mailto());
        } else if (identifier instanceof InverseFunctionalIdentifier.MboxSha1Sum sum) {
            json.write("mbox_sha1sum", sum.sha1());
        } else if (identifier instanceof InverseFunctionalIdentifier.OpenId openId) {
            json.write("openid", openId.uri().value());
        } else {
            var account = (InverseFunctionalIdentifier.Account) identifier;
            json.writeStartObject("account").write("homePage", account.homePage().value())
                    .write("name", account.name()).writeEnd();
        }
    }

    /** The domain of an e-mail address is case-insensitive, so it does not make statements differ. */
    private static String lowerCaseDomain(String mailto) {
        int at = mailto.lastIndexOf('@');
        return mailto.substring(0, at) + mailto.substring(at).toLowerCase(Locale.ROOT);
    }

    private void verb(JsonText json, Verb verb) {
        json.writeStartObject().write("id", verb.id().value());
        if (verb.display() != null && reduction == Reduction.NONE) {
            writeLanguageMap(json, "display", verb.display());
        }
        json.writeEnd();
    }

    private void object(JsonText json, StatementObject object) {
        if (object instanceof Activity activity) {
            activity(json, activity);
        } else if (object instanceof Agent agent) {
            agent(json, agent);
        } else if (object instanceof Group group) {
            group(json, group);
        } else if (object instanceof StatementRef ref) {
            statementRef(json, ref);
        } else {
            subStatement(json, (SubStatement) object);
        }
    }

    private static void statementRef(JsonText json, StatementRef ref) {
        json.writeStartObject().write("objectType", "StatementRef").write("id", ref.id().toString()).writeEnd();
    }

    private void subStatement(JsonText json, SubStatement sub) {
        json.writeStartObject().write("objectType", "SubStatement");
        json.writeKey("actor");
        actor(json, sub.actor());
        json.writeKey("verb");
        verb(json, sub.verb());
        json.writeKey("object");
        object(json, sub.object());
        if (sub.result() != null) {
            json.writeKey("result");
            result(json, sub.result());
        }
        if (sub.context() != null) {
            json.writeKey("context");
            context(json, sub.context());
        }
        writeInstant(json, "timestamp", sub.timestamp());
        writeAttachments(json, sub.attachments());
        json.writeEnd();
    }

    private void activity(JsonText json, Activity activity) {
        if (reduction == Reduction.IDS) {
            // The ids format is the activity's id and nothing else; its objectType is the default one.
            json.writeStartObject().write("id", activity.id().value()).writeEnd();
            return;
        }
        json.writeStartObject().write("objectType", "Activity").write("id", activity.id().value());
        if (activity.definition() != null && reduction == Reduction.NONE) {
            json.writeKey("definition");
            definition(json, activity.definition());
        }
        json.writeEnd();
    }

    private void definition(JsonText json, ActivityDefinition definition) {
        json.writeStartObject();
        writeLanguageMap(json, "name", definition.name());
        writeLanguageMap(json, "description", definition.description());
        if (definition.type() != null) {
            json.write("type", definition.type().value());
        }
        if (definition.moreInfo() != null) {
            json.write("moreInfo", definition.moreInfo().value());
        }
        if (definition.interactionType() != null) {
            json.write("interactionType", definition.interactionType().jsonName());
        }
        if (definition.correctResponsesPattern() != null) {
            json.writeStartArray("correctResponsesPattern");
            definition.correctResponsesPattern().forEach(json::write);
            json.writeEnd();
        }
        definition.components().forEach((list, components) -> {
            json.writeStartArray(list);
            for (InteractionComponent component : components) {
                json.writeStartObject().write("id", component.id());
                writeLanguageMap(json, "description", component.description());
                json.writeEnd();
            }
            json.writeEnd();
        });
        writeExtensions(json, definition.extensions());
        json.writeEnd();
    }

    private void result(JsonText json, Result result) {
        json.writeStartObject();
        if (result.score() != null) {
            Score score = result.score();
            json.writeStartObject("score");
            writeNumber(json, "scaled", score.scaled());
            writeNumber(json, "raw", score.raw());
            writeNumber(json, "min", score.min());
            writeNumber(json, "max", score.max());
            json.writeEnd();
        }
        if (result.success() != null) {
            json.write("success", result.success());
        }
        if (result.completion() != null) {
            json.write("completion", result.completion());
        }
        if (result.response() != null) {
            json.write("response", result.response());
        }
        if (result.duration() != null) {
            json.write("duration", result.duration());
        }
        writeExtensions(json, result.extensions());
        json.writeEnd();
    }

    private void context(JsonText json, Context context) {
        json.writeStartObject();
        if (context.registration() != null) {
            json.write("registration", context.registration().toString());
        }
        if (context.instructor() != null) {
            json.writeKey("instructor");
            actor(json, context.instructor());
        }
        if (context.team() != null) {
            json.writeKey("team");
            group(json, context.team());
        }
        if (context.contextActivities() != null) {
            ContextActivities activities = context.contextActivities();
            json.writeStartObject("contextActivities");
            writeActivities(json, "parent", activities.parent());
            writeActivities(json, "grouping", activities.grouping());
            writeActivities(json, "category", activities.category());
            writeActivities(json, "other", activities.other());
            json.writeEnd();
        }
        if (context.revision() != null) {
            json.write("revision", context.revision());
        }
        if (context.platform() != null) {
            json.write("platform", context.platform());
        }
        if (context.language() != null) {
            json.write("language", context.language());
        }
        if (context.statement() != null) {
            json.writeKey("statement");
            statementRef(json, context.statement());
        }
        if (!context.contextAgents().isEmpty()) {
            json.writeStartArray("contextAgents");
            for (ContextAgent agent : context.contextAgents()) {
                json.writeStartObject().write("objectType", "contextAgent");
                json.writeKey("agent");
                agent(json, agent.agent());
                writeRelevantTypes(json, agent.relevantTypes());
                json.writeEnd();
            }
            json.writeEnd();
        }
        if (!context.contextGroups().isEmpty()) {
            json.writeStartArray("contextGroups");
            for (ContextGroup group : context.contextGroups()) {
                json.writeStartObject().write("objectType", "contextGroup");
                json.writeKey("group");
                group(json, group.group());
                writeRelevantTypes(json, group.relevantTypes());
                json.writeEnd();
            }
            json.writeEnd();
        }
        writeExtensions(json, context.extensions());
        json.writeEnd();
    }

    private static void writeRelevantTypes(JsonText json, List<Iri> types) {
        if (!types.isEmpty()) {
            json.writeStartArray("relevantTypes");
            types.forEach(type -> json.write(type.value()));
            json.writeEnd();
        }
    }

    private void writeActivities(JsonText json, String kind, List<Activity> activities) {
        if (!activities.isEmpty()) {
            json.writeStartArray(kind);
            activities.forEach(activity -> activity(json, activity));
            json.writeEnd();
        }
    }

    private void writeAttachments(JsonText json, List<Attachment> attachments) {
        if (attachments.isEmpty()) {
            return;
        }
        json.writeStartArray("attachments");
        for (Attachment attachment : attachments) {
            json.writeStartObject().write("usageType", attachment.usageType().value());
            writeLanguageMap(json, "display", attachment.display());
            writeLanguageMap(json, "description", attachment.description());
            json.write("contentType", attachment.contentType())
                    .write("length", attachment.length())
                    .write("sha2", attachment.sha2());
            if (attachment.fileUrl() != null) {
                json.write("fileUrl", attachment.fileUrl().value());
            }
            json.writeEnd();
        }
        json.writeEnd();
    }

    private void writeLanguageMap(JsonText json, String key, LanguageMap map) {
        if (map != null) {
            json.writeStartObject(key);
            (languages == null ? map : map.best(languages)).entries().forEach(json::write);
            json.writeEnd();
        }
    }

    private void writeExtensions(JsonText json, Extensions extensions) {
        if (extensions != null) {
            json.writeStartObject("extensions");
            extensions.values().forEach((key, value) -> json.write(key, comparable(value)));
            json.writeEnd();
        }
    }

    private void writeNumber(JsonText json, String key, BigDecimal number) {
        if (number != null) {
            json.write(key, reduction == Reduction.COMPARISON ? number.stripTrailingZeros() : number);
        }
    }

    private static void writeInstant(JsonText json, String key, Instant instant) {
        if (instant != null) {
            json.write(key, instant.toString());
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
                JsonArrayBuilder array = Jsonp.PROVIDER.createArrayBuilder();
                value.asJsonArray().forEach(item -> array.add(comparable(item)));
                yield array.build();
            }
            case OBJECT -> {
                JsonObjectBuilder object = Jsonp.PROVIDER.createObjectBuilder();
                value.asJsonObject().forEach((key, item) -> object.add(key, comparable(item)));
                yield object.build();
            }
            default -> value;
        };
    }
}
