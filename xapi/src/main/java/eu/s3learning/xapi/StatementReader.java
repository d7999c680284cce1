package eu.s3learning.xapi;

import static eu.s3learning.xapi.JsonProperties.array;
import static eu.s3learning.xapi.JsonProperties.string;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads xAPI 1.0.3 statements from JSON and refuses, with an {@link InvalidStatement}, any that an LRS must answer
 * with 400 Bad Request: a missing or unknown property, a null outside an extension, a value of the wrong type or
 * format, or a broken rule such as two identifiers on one Agent. It works on the raw JSON tree because strictness
 * needs what a binder hides: key case, nulls, strings that look like numbers, duplicate keys.
 */
public final class StatementReader {

    private static final Set<String> STATEMENT = Set.of("id", "actor", "verb", "object", "result", "context",
            "timestamp", "stored", "authority", "version", "attachments");
    private static final Set<String> SUB_STATEMENT = Set.of("objectType", "actor", "verb", "object", "result",
            "context", "timestamp", "attachments");
    private static final List<String> NOT_IN_SUB_STATEMENT = List.of("id", "stored", "version", "authority");
    private static final List<String> IDENTIFIERS = List.of("mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> AGENT = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> GROUP = Set.of("objectType", "name", "member", "mbox", "mbox_sha1sum", "openid",
            "account");
    private static final Set<String> ACCOUNT = Set.of("homePage", "name");
    private static final Set<String> VERB = Set.of("id", "display");
    private static final Set<String> ACTIVITY = Set.of("objectType", "id", "definition");
    private static final Set<String> DEFINITION = Set.of("name", "description", "type", "moreInfo", "interactionType",
            "correctResponsesPattern", "choices", "scale", "source", "target", "steps", "extensions");
    private static final Set<String> COMPONENT = Set.of("id", "description");
    private static final Set<String> STATEMENT_REF = Set.of("objectType", "id");
    private static final Set<String> RESULT = Set.of("score", "success", "completion", "response", "duration",
            "extensions");
    private static final Set<String> SCORE = Set.of("scaled", "raw", "min", "max");
    private static final Set<String> CONTEXT = Set.of("registration", "instructor", "team", "contextActivities",
            "contextAgents", "contextGroups",
            "revision", "platform", "language", "statement", "extensions");
    private static final Set<String> CONTEXT_AGENT = Set.of("objectType", "agent", "relevantTypes");
    private static final Set<String> CONTEXT_GROUP = Set.of("objectType", "group", "relevantTypes");
    private static final Set<String> CONTEXT_ACTIVITIES = Set.of("parent", "grouping", "category", "other");
    private static final Set<String> ATTACHMENT = Set.of("usageType", "display", "description", "contentType",
            "length", "sha2", "fileUrl");

    private static final Pattern SHA1 = Pattern.compile("[0-9a-fA-F]{40}");
    /** SHA-224, SHA-256, SHA-384 or SHA-512 in hex. */
    private static final Pattern SHA2 = Pattern.compile("[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128}");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[\\w.+-]+/[\\w.+-]+(?:\\s*;.*)?");
    /** "1.0", "1.0.x" or "2.0.x": the 2.0 data model adds only what this reader also reads. */
    private static final Pattern VERSION = Pattern.compile("1\\.0(?:\\.\\d+)?|2\\.0\\.\\d+");

    private StatementReader() {
    }

    /** One statement, as a PUT sends it. */
    public static Statement read(String json) {
        return statement(parse(json), "statement");
    }

    /** One statement or an array of them, as a POST sends them; paths name the index, e.g. statements[2].verb. */
    public static List<Statement> readBatch(String json) {
        JsonValue value = parse(json);
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            return List.of(statement(value, "statement"));
        }
        JsonArray statements = array(value, "statements");
        List<Statement> read = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            read.add(statement(statements.get(i), "statements[" + i + "]"));
        }
        return read;
    }

    public static Statement read(JsonObject json) {
        return statement(json, "statement");
    }

    /** An Agent or Group given as JSON, as the query and document resources take one in their agent parameter. */
    public static Actor readActor(String json, String name) {
        return actor(parse(json), name);
    }

    /** A timestamp as statements carry them, e.g. the since and until parameters of a query. */
    public static Instant readTimestamp(String text, String name) {
        return timestamp(Jsonp.PROVIDER.createValue(text), name);
    }

    private static JsonValue parse(String json) {
        try {
            return StrictJson.parse(json);
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidStatement(StatementRule.MALFORMED_JSON, "statement", "is not well-formed JSON: " + e.getMessage());
        }
    }

    private static Statement statement(JsonValue json, String path) {
        JsonProperties p = JsonProperties.of(json, path, "a statement", STATEMENT);
        UUID id = p.has("id") ? uuid(p.value("id"), p.path("id")) : null;
        Actor actor = actor(p.required("actor"), p.path("actor"));
        Verb verb = verb(p.required("verb"), p.path("verb"));
        StatementObject object = object(p.required("object"), p.path("object"), false);
        checkVoiding(verb, object, p);
        Result result = p.has("result") ? result(p.value("result"), p.path("result")) : null;
        Context context = p.has("context") ? context(p.value("context"), p.path("context"), object) : null;
        Instant timestamp = p.has("timestamp") ? timestamp(p.value("timestamp"), p.path("timestamp")) : null;
        Instant stored = p.has("stored") ? timestamp(p.value("stored"), p.path("stored")) : null;
        Actor authority = p.has("authority") ? authority(p.value("authority"), p.path("authority")) : null;
        String version = p.string("version");
        if (version != null && !VERSION.matcher(version).matches()) {
            throw new InvalidStatement(StatementRule.VERSION, p.path("version"), "must be 1.0 or 1.0.x");
        }
        List<Attachment> attachments = p.has("attachments") ? attachments(p.value("attachments"), p.path("attachments"))
                : List.of();
        return new Statement(id, actor, verb, object, result, context, timestamp, stored, authority, version,
                attachments);
    }

    private static SubStatement subStatement(JsonObject json, String path) {
        for (String key : NOT_IN_SUB_STATEMENT) {
            if (json.containsKey(key)) {
                throw new InvalidStatement(StatementRule.SUB_STATEMENT, path + "." + key,
                        "is not allowed in a SubStatement");
            }
        }
        JsonProperties p = JsonProperties.of(json, path, "a SubStatement", SUB_STATEMENT);
        Actor actor = actor(p.required("actor"), p.path("actor"));
        Verb verb = verb(p.required("verb"), p.path("verb"));
        StatementObject object = object(p.required("object"), p.path("object"), true);
        checkVoiding(verb, object, p);
        Result result = p.has("result") ? result(p.value("result"), p.path("result")) : null;
        Context context = p.has("context") ? context(p.value("context"), p.path("context"), object) : null;
        Instant timestamp = p.has("timestamp") ? timestamp(p.value("timestamp"), p.path("timestamp")) : null;
        List<Attachment> attachments = p.has("attachments") ? attachments(p.value("attachments"), p.path("attachments"))
                : List.of();
        return new SubStatement(actor, verb, object, result, context, timestamp, attachments);
    }

    private static void checkVoiding(Verb verb, StatementObject object, JsonProperties p) {
        if (verb.id().equals(Verb.VOIDED) && !(object instanceof StatementRef)) {
            throw new InvalidStatement(StatementRule.VOIDING, p.path("object"),
                    "must be a StatementRef, as the verb is " + Verb.VOIDED);
        }
    }

    // Agents and Groups

    private static Actor actor(JsonValue json, String path) {
        JsonObject object = JsonProperties.object(json, path);
        String objectType = objectType(object, path);
        if (objectType == null || objectType.equals("Agent")) {
            return agent(object, path);
        }
        if (objectType.equals("Group")) {
            return group(object, path);
        }
        throw new InvalidStatement(StatementRule.OBJECT_TYPE, path + ".objectType", "must be Agent or Group");
    }

    private static Agent agent(JsonObject json, String path) {
        JsonProperties p = JsonProperties.of(json, path, "an Agent", AGENT);
        InverseFunctionalIdentifier identifier = identifier(p, "an Agent");
        if (identifier == null) {
            throw new InvalidStatement(StatementRule.IDENTIFIER, path,
                    "must have exactly one of mbox, mbox_sha1sum, openid, account");
        }
        return new Agent(p.string("name"), identifier);
    }

    private static Group group(JsonObject json, String path) {
        JsonProperties p = JsonProperties.of(json, path, "a Group", GROUP);
        InverseFunctionalIdentifier identifier = identifier(p, "an identified Group");
        List<Agent> members = new ArrayList<>();
        if (p.has("member")) {
            JsonArray array = array(p.value("member"), p.path("member"));
            for (int i = 0; i < array.size(); i++) {
                String memberPath = p.path("member") + "[" + i + "]";
                JsonObject member = JsonProperties.object(array.get(i), memberPath);
                String objectType = objectType(member, memberPath);
                if (objectType != null && !objectType.equals("Agent")) {
                    throw new InvalidStatement(StatementRule.GROUP_MEMBER, memberPath + ".objectType",
                            "must be Agent: a Group's members are Agents");
                }
                members.add(agent(member, memberPath));
            }
        }
        if (identifier == null && members.isEmpty()) {
            throw new InvalidStatement(StatementRule.GROUP_MEMBER, p.path("member"),
                    "is required, with at least one Agent, for an anonymous Group (one without mbox, mbox_sha1sum,"
                            + " openid or account)");
        }
        return new Group(p.string("name"), identifier, members);
    }

    /** An authority is an Agent, or an OAuth consumer and user together: an anonymous Group of exactly two. */
    private static Actor authority(JsonValue json, String path) {
        Actor authority = actor(json, path);
        if (authority instanceof Group group && (!group.isAnonymous() || group.members().size() != 2)) {
            throw new InvalidStatement(StatementRule.AUTHORITY, path,
                    "must be an Agent, or an anonymous Group of exactly two Agents");
        }
        return authority;
    }

    private static InverseFunctionalIdentifier identifier(JsonProperties p, String what) {
        List<String> present = new ArrayList<>(1);
        for (String identifier : IDENTIFIERS) {
            if (p.has(identifier)) {
                present.add(identifier);
            }
        }
        if (present.size() > 1) {
            throw new InvalidStatement(StatementRule.IDENTIFIER, p.path(),
                    "has " + String.join(" and ", present) + ": " + what + " has exactly one identifier");
        }
        if (present.isEmpty()) {
            return null;
        }
        String key = present.get(0);
        String path = p.path(key);
        return switch (key) {
            case "mbox" -> {
                String mbox = p.string(key);
                if (!ValueShapes.isMailto(mbox)) {
                    throw new InvalidStatement(StatementRule.MAILTO, path, "must be a mailto: IRI");
                }
                yield new InverseFunctionalIdentifier.Mbox(mbox);
            }
            case "mbox_sha1sum" -> {
                String sha1 = p.string(key);
                if (!SHA1.matcher(sha1).matches()) {
                    throw new InvalidStatement(StatementRule.SHA1, path, "must be a SHA-1 hash in hex (40 digits)");
                }
                yield new InverseFunctionalIdentifier.MboxSha1Sum(sha1);
            }
            case "openid" -> new InverseFunctionalIdentifier.OpenId(iri(p.value(key), path));
            default -> {
                JsonProperties account = JsonProperties.of(p.value(key), path, "an account", ACCOUNT);
                yield new InverseFunctionalIdentifier.Account(iri(account.required("homePage"), account.path("homePage")),
                        account.requiredString("name"));
            }
        };
    }

    // Verbs and objects

    private static Verb verb(JsonValue json, String path) {
        JsonProperties p = JsonProperties.of(json, path, "a verb", VERB);
        return new Verb(iri(p.required("id"), p.path("id")), languageMap(p, "display"));
    }

    private static StatementObject object(JsonValue json, String path, boolean inSubStatement) {
        JsonObject object = JsonProperties.object(json, path);
        String objectType = objectType(object, path);
        if (objectType == null) {
            if (!object.containsKey("id") && (object.containsKey("member")
                    || IDENTIFIERS.stream().anyMatch(object::containsKey))) {
                throw new InvalidStatement(StatementRule.REQUIRED_PROPERTY, path + ".objectType",
                        "is required when the object is an Agent or Group");
            }
            return activity(object, path);
        }
        return switch (objectType) {
            case "Activity" -> activity(object, path);
            case "Agent" -> agent(object, path);
            case "Group" -> group(object, path);
            case "StatementRef" -> statementRef(object, path);
            case "SubStatement" -> {
                if (inSubStatement) {
                    throw new InvalidStatement(StatementRule.SUB_STATEMENT, path + ".objectType",
                            "must not be SubStatement: a SubStatement cannot contain another");
                }
                yield subStatement(object, path);
            }
            default -> throw new InvalidStatement(StatementRule.OBJECT_TYPE, path + ".objectType",
                    "must be Activity, Agent, Group, StatementRef or SubStatement");
        };
    }

    private static String objectType(JsonObject object, String path) {
        JsonValue objectType = object.get("objectType");
        return objectType == null || objectType.getValueType() == JsonValue.ValueType.NULL ? null
                : string(objectType, path + ".objectType");
    }

    private static StatementRef statementRef(JsonValue json, String path) {
        JsonProperties p = JsonProperties.of(json, path, "a StatementRef", STATEMENT_REF);
        String objectType = p.string("objectType");
        if (!"StatementRef".equals(objectType)) {
            throw new InvalidStatement(objectType == null ? StatementRule.REQUIRED_PROPERTY : StatementRule.OBJECT_TYPE,
                    p.path("objectType"), "must be StatementRef");
        }
        return new StatementRef(uuid(p.required("id"), p.path("id")));
    }

    private static Activity activity(JsonValue json, String path) {
        JsonProperties p = JsonProperties.of(json, path, "an Activity", ACTIVITY);
        String objectType = p.string("objectType");
        if (objectType != null && !objectType.equals("Activity")) {
            throw new InvalidStatement(StatementRule.OBJECT_TYPE, p.path("objectType"), "must be Activity");
        }
        Iri id = iri(p.required("id"), p.path("id"));
        return new Activity(id, p.has("definition") ? definition(p.value("definition"), p.path("definition")) : null);
    }

    private static ActivityDefinition definition(JsonValue json, String path) {
        JsonProperties p = JsonProperties.of(json, path, "an Activity definition", DEFINITION);
        InteractionType interactionType = null;
        if (p.has("interactionType")) {
            String name = p.string("interactionType");
            interactionType = InteractionType.byJsonName(name).orElseThrow(() -> new InvalidStatement(
                    StatementRule.INTERACTION, p.path("interactionType"), "must be one of true-false, choice, fill-in,"
                            + " long-fill-in, matching, performance, sequencing, likert, numeric, other"));
        }
        List<String> correctResponses = null;
        if (p.has("correctResponsesPattern")) {
            requireInteractionType(interactionType, p, "correctResponsesPattern");
            JsonArray array = array(p.value("correctResponsesPattern"), p.path("correctResponsesPattern"));
            correctResponses = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                correctResponses.add(string(array.get(i), p.path("correctResponsesPattern") + "[" + i + "]"));
            }
        }
        Map<String, List<InteractionComponent>> components = new LinkedHashMap<>();
        for (String list : InteractionType.COMPONENT_LISTS) {
            if (p.has(list)) {
                requireInteractionType(interactionType, p, list);
                if (!interactionType.allows(list)) {
                    throw new InvalidStatement(StatementRule.INTERACTION, p.path(list),
                            "is not allowed for interactionType " + interactionType.jsonName());
                }
                components.put(list, components(p.value(list), p.path(list)));
            }
        }
        return new ActivityDefinition(languageMap(p, "name"), languageMap(p, "description"),
                p.has("type") ? iri(p.value("type"), p.path("type")) : null,
                p.has("moreInfo") ? iri(p.value("moreInfo"), p.path("moreInfo")) : null,
                interactionType, correctResponses, components, extensions(p));
    }

    private static void requireInteractionType(InteractionType interactionType, JsonProperties p, String key) {
        if (interactionType == null) {
            throw new InvalidStatement(StatementRule.INTERACTION, p.path("interactionType"),
                    "is required when " + key + " is present");
        }
    }

    private static List<InteractionComponent> components(JsonValue json, String path) {
        JsonArray array = array(json, path);
        List<InteractionComponent> components = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonProperties p = JsonProperties.of(array.get(i), path + "[" + i + "]", "an interaction component",
                    COMPONENT);
            String id = p.requiredString("id");
            if (!ids.add(id)) {
                throw new InvalidStatement(StatementRule.INTERACTION, p.path("id"),
                        "repeats " + id + ": component ids must be distinct within a list");
            }
            components.add(new InteractionComponent(id, languageMap(p, "description")));
        }
        return components;
    }

    // Result and context

    private static Result result(JsonValue json, String path) {
        JsonProperties p = JsonProperties.of(json, path, "a result", RESULT);
        Score score = p.has("score") ? score(p.value("score"), p.path("score")) : null;
        String duration = p.string("duration");
        if (duration != null && !ValueShapes.isDuration(duration)) {
            throw new InvalidStatement(StatementRule.DURATION, p.path("duration"), "must be an ISO 8601 duration");
        }
        return new Result(score, p.bool("success"), p.bool("completion"), p.string("response"), duration,
                extensions(p));
    }

    private static Score score(JsonValue json, String path) {
        JsonProperties p = JsonProperties.of(json, path, "a score", SCORE);
        BigDecimal scaled = p.number("scaled");
        BigDecimal raw = p.number("raw");
        BigDecimal min = p.number("min");
        BigDecimal max = p.number("max");
        if (scaled != null && (scaled.compareTo(BigDecimal.ONE.negate()) < 0 || scaled.compareTo(BigDecimal.ONE) > 0)) {
            throw new InvalidStatement(StatementRule.SCORE, p.path("scaled"), "must be between -1 and 1");
        }
        if (min != null && max != null && min.compareTo(max) >= 0) {
            throw new InvalidStatement(StatementRule.SCORE, p.path("min"), "must be less than max");
        }
        if (raw != null && min != null && raw.compareTo(min) < 0) {
            throw new InvalidStatement(StatementRule.SCORE, p.path("raw"), "must not be less than min");
        }
        if (raw != null && max != null && raw.compareTo(max) > 0) {
            throw new InvalidStatement(StatementRule.SCORE, p.path("raw"), "must not be more than max");
        }
        return new Score(scaled, raw, min, max);
    }

    private static Context context(JsonValue json, String path, StatementObject object) {
        JsonProperties p = JsonProperties.of(json, path, "a context", CONTEXT);
        for (String key : List.of("revision", "platform")) {
            if (p.has(key) && !(object instanceof Activity)) {
                throw new InvalidStatement(StatementRule.CONTEXT, p.path(key),
                        "is only allowed when the statement's object is an Activity");
            }
        }
        UUID registration = p.has("registration") ? uuid(p.value("registration"), p.path("registration")) : null;
        Actor instructor = p.has("instructor") ? actor(p.value("instructor"), p.path("instructor")) : null;
        Group team = null;
        if (p.has("team")) {
            if (!(actor(p.value("team"), p.path("team")) instanceof Group group)) {
                throw new InvalidStatement(StatementRule.OBJECT_TYPE, p.path("team") + ".objectType",
                        "must be Group: a team is a Group");
            }
            team = group;
        }
        ContextActivities activities = p.has("contextActivities")
                ? contextActivities(p.value("contextActivities"), p.path("contextActivities")) : null;
        String language = p.string("language");
        if (language != null && !LanguageTag.isWellFormed(language)) {
            throw new InvalidStatement(StatementRule.LANGUAGE_TAG, p.path("language"),
                    "must be an RFC 5646 language tag");
        }
        StatementRef statement = p.has("statement") ? statementRef(p.value("statement"), p.path("statement")) : null;
        return new Context(registration, instructor, team, activities, p.string("revision"), p.string("platform"),
                language, statement, extensions(p), contextAgents(p), contextGroups(p));
    }

    private static List<ContextAgent> contextAgents(JsonProperties context) {
        List<ContextAgent> agents = new ArrayList<>();
        if (!context.has("contextAgents")) {
            return agents;
        }
        JsonArray array = array(context.value("contextAgents"), context.path("contextAgents"));
        for (int i = 0; i < array.size(); i++) {
            String path = context.path("contextAgents") + "[" + i + "]";
            JsonProperties p = JsonProperties.of(array.get(i), path, "a contextAgent", CONTEXT_AGENT);
            requireObjectType(p, path, "contextAgent");
            Actor actor = actor(p.required("agent"), p.path("agent"));
            if (!(actor instanceof Agent agent)) {
                throw new InvalidStatement(StatementRule.OBJECT_TYPE, p.path("agent") + ".objectType",
                        "must be Agent: a contextAgent names an Agent");
            }
            agents.add(new ContextAgent(agent, relevantTypes(p)));
        }
        return agents;
    }

    private static List<ContextGroup> contextGroups(JsonProperties context) {
        List<ContextGroup> groups = new ArrayList<>();
        if (!context.has("contextGroups")) {
            return groups;
        }
        JsonArray array = array(context.value("contextGroups"), context.path("contextGroups"));
        for (int i = 0; i < array.size(); i++) {
            String path = context.path("contextGroups") + "[" + i + "]";
            JsonProperties p = JsonProperties.of(array.get(i), path, "a contextGroup", CONTEXT_GROUP);
            requireObjectType(p, path, "contextGroup");
            if (!(actor(p.required("group"), p.path("group")) instanceof Group group)) {
                throw new InvalidStatement(StatementRule.OBJECT_TYPE, p.path("group") + ".objectType",
                        "must be Group: a contextGroup names a Group");
            }
            groups.add(new ContextGroup(group, relevantTypes(p)));
        }
        return groups;
    }

    private static void requireObjectType(JsonProperties p, String path, String expected) {
        String objectType = p.string("objectType");
        if (!expected.equals(objectType)) {
            throw new InvalidStatement(StatementRule.OBJECT_TYPE, path + ".objectType", "must be " + expected);
        }
    }

    /** Optional, but when sent a non-empty array of IRIs. */
    private static List<Iri> relevantTypes(JsonProperties p) {
        List<Iri> types = new ArrayList<>();
        if (!p.has("relevantTypes")) {
            return types;
        }
        JsonArray array = array(p.value("relevantTypes"), p.path("relevantTypes"));
        if (array.isEmpty()) {
            throw new InvalidStatement(StatementRule.CONTEXT, p.path("relevantTypes"),
                    "must hold at least one IRI when it is sent");
        }
        for (int i = 0; i < array.size(); i++) {
            types.add(iri(array.get(i), p.path("relevantTypes") + "[" + i + "]"));
        }
        return types;
    }

    private static ContextActivities contextActivities(JsonValue json, String path) {
        JsonProperties p = JsonProperties.of(json, path, "contextActivities", CONTEXT_ACTIVITIES);
        return new ContextActivities(activities(p, "parent"), activities(p, "grouping"), activities(p, "category"),
                activities(p, "other"));
    }

    /** A single Activity or an array of them, read as a list either way. */
    private static List<Activity> activities(JsonProperties p, String key) {
        if (!p.has(key)) {
            return List.of();
        }
        JsonValue value = p.value(key);
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            return List.of(activity(value, p.path(key)));
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw JsonProperties.wrongType(p.path(key), "an Activity or an array of Activities");
        }
        JsonArray array = value.asJsonArray();
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            activities.add(activity(array.get(i), p.path(key) + "[" + i + "]"));
        }
        return activities;
    }

    // Attachments

    private static List<Attachment> attachments(JsonValue json, String path) {
        JsonArray array = array(json, path);
        List<Attachment> attachments = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            attachments.add(attachment(array.get(i), path + "[" + i + "]"));
        }
        return attachments;
    }

    private static Attachment attachment(JsonValue json, String path) {
        JsonProperties p = JsonProperties.of(json, path, "an attachment", ATTACHMENT);
        Iri usageType = iri(p.required("usageType"), p.path("usageType"));
        LanguageMap display = languageMap(p, "display");
        if (display == null) {
            throw new InvalidStatement(StatementRule.REQUIRED_PROPERTY, p.path("display"), "is required");
        }
        String contentType = p.requiredString("contentType");
        if (!MEDIA_TYPE.matcher(contentType).matches()) {
            throw new InvalidStatement(StatementRule.ATTACHMENT, p.path("contentType"), "must be a media type");
        }
        JsonValue length = p.required("length");
        if (length.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) length).isIntegral()
                || ((JsonNumber) length).bigDecimalValue().signum() < 0) {
            throw JsonProperties.wrongType(p.path("length"), "a whole number of octets");
        }
        String sha2 = p.requiredString("sha2");
        if (!SHA2.matcher(sha2).matches()) {
            throw new InvalidStatement(StatementRule.ATTACHMENT, p.path("sha2"), "must be a SHA-2 hash in hex");
        }
        return new Attachment(usageType, display, languageMap(p, "description"), contentType,
                ((JsonNumber) length).longValueExact(), sha2,
                p.has("fileUrl") ? iri(p.value("fileUrl"), p.path("fileUrl")) : null);
    }

    // Formats

    /** Checked once, by the IRI itself: a statement names a dozen of them, and the check was a tenth of reading one. */
    private static Iri iri(JsonValue json, String path) {
        String value = string(json, path);
        try {
            return new Iri(value);
        } catch (IllegalArgumentException notAbsolute) {
            throw new InvalidStatement(StatementRule.IRI, path, "must be an absolute IRI, with a scheme");
        }
    }

    private static UUID uuid(JsonValue json, String path) {
        String value = string(json, path);
        if (!ValueShapes.isUuid(value)) {
            throw new InvalidStatement(StatementRule.UUID, path, "must be a UUID (RFC 4122)");
        }
        return UUID.fromString(value);
    }

    private static Instant timestamp(JsonValue json, String path) {
        Instant instant;
        try {
            instant = ValueShapes.timestamp(string(json, path));
        } catch (DateTimeException e) {
            throw new InvalidStatement(StatementRule.TIMESTAMP, path, "must be an ISO 8601 timestamp: " + e.getMessage());
        }
        if (instant == null) {
            throw new InvalidStatement(StatementRule.TIMESTAMP, path, "must be an ISO 8601 timestamp");
        }
        return instant;
    }

    private static LanguageMap languageMap(JsonProperties p, String key) {
        if (!p.has(key)) {
            return null;
        }
        String path = p.path(key);
        JsonObject map = JsonProperties.object(p.value(key), path);
        Map<String, String> entries = new LinkedHashMap<>();
        for (var entry : map.entrySet()) {
            String tag = entry.getKey();
            if (!LanguageTag.isWellFormed(tag)) {
                throw new InvalidStatement(StatementRule.LANGUAGE_TAG, path + "." + tag,
                        "is not an RFC 5646 language tag");
            }
            entries.put(tag, string(entry.getValue(), path + "." + tag));
        }
        return new LanguageMap(entries);
    }

    private static Extensions extensions(JsonProperties p) {
        if (!p.has("extensions")) {
            return null;
        }
        String path = p.path("extensions");
        JsonObject map = JsonProperties.object(p.value("extensions"), path);
        for (String key : map.keySet()) {
            if (!Iri.isAbsolute(key)) {
                throw new InvalidStatement(StatementRule.IRI, path + "." + key, "must be an absolute IRI, with a scheme");
            }
        }
        return new Extensions(map);
    }
}
