package eu.s3learning.core.tracking.lrs.document;

import eu.s3learning.core.tracking.lrs.IndexHash;
import eu.s3learning.core.tracking.lrs.LrsError;
import eu.s3learning.core.tracking.lrs.LrsRequest;
import eu.s3learning.core.tracking.lrs.LrsResponse;
import eu.s3learning.core.tracking.lrs.XapiVersion;
import eu.s3learning.core.tracking.lrs.client.LrsCredential;
import eu.s3learning.xapi.Actor;
import eu.s3learning.xapi.Agent;
import eu.s3learning.xapi.InvalidStatement;
import eu.s3learning.xapi.Iri;
import eu.s3learning.xapi.Jsonp;
import eu.s3learning.xapi.StatementReader;
import eu.s3learning.xapi.StrictJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The State, Activity Profile and Agent Profile resources: documents a client keeps for an activity, an agent or
 * both. PUT replaces, POST merges JSON objects, GET returns one or lists ids, DELETE removes one (or all states
 * of a context). ETags give optimistic concurrency: a profile that exists is replaced only by a writer that names
 * the version it saw.
 */
@ApplicationScoped
@Transactional
public class DocumentResource {

    /** The most a single document may hold; the endpoint's request limit is larger, for attachments. */
    public static final int MAX_DOCUMENT_BYTES = 1024 * 1024;

    @Inject
    DocumentStore store;

    @Inject
    Clock clock;

    public LrsResponse handle(DocumentKind kind, LrsRequest request, LrsCredential client) {
        boolean reads = request.method().equals("GET") || request.method().equals("HEAD");
        boolean allowed = kind == DocumentKind.STATE
                ? (reads ? client.canReadState() : client.canWriteState())
                : (reads ? client.canReadProfiles() : client.canWriteProfiles());
        if (!allowed) {
            throw LrsError.forbidden("This client may not " + (reads ? "read" : "write") + " "
                    + (kind == DocumentKind.STATE ? "state" : "profiles"));
        }
        Context context = context(kind, request);
        return switch (request.method()) {
            case "GET", "HEAD" -> context.documentId() == null ? list(context, request) : get(context);
            case "PUT" -> put(context, request);
            case "POST" -> post(context, request);
            case "DELETE" -> delete(context, request);
            default -> throw new LrsError(405, "Document resources take GET, PUT, POST and DELETE");
        };
    }

    /** Where the request points: the document's address, with a null document id when it names none. */
    private record Context(DocumentKind kind, DocumentAddress address, String documentId) {
    }

    private static Context context(DocumentKind kind, LrsRequest request) {
        Set<String> allowed = switch (kind) {
            case STATE -> Set.of("activityId", "agent", "registration", "stateId", "since");
            case ACTIVITY_PROFILE -> Set.of("activityId", "profileId", "since");
            case AGENT_PROFILE -> Set.of("agent", "profileId", "since");
        };
        for (String name : request.parameters().keySet()) {
            if (!allowed.contains(name)) {
                throw LrsError.badRequest("This resource has no '" + name + "' parameter");
            }
        }
        String idName = kind == DocumentKind.STATE ? "stateId" : "profileId";
        String documentId = request.parameter(idName);
        if (documentId != null && documentId.length() > 1000) {
            throw LrsError.badRequest("The " + idName + " is longer than 1000 characters");
        }
        if (documentId == null && !(request.method().equals("GET") || request.method().equals("HEAD")
                || (kind == DocumentKind.STATE && request.method().equals("DELETE")))) {
            throw LrsError.badRequest(request.method() + " needs the " + idName + " parameter");
        }
        if (documentId != null && request.has("since")) {
            throw LrsError.badRequest("'since' lists documents; it does not go with " + idName);
        }
        String agent = kind == DocumentKind.ACTIVITY_PROFILE ? null : agent(request);
        String scope = switch (kind) {
            case STATE -> activity(request) + " " + agent + " " + registration(request);
            case ACTIVITY_PROFILE -> activity(request);
            case AGENT_PROFILE -> agent;
        };
        return new Context(kind, new DocumentAddress(kind, scope, documentId == null ? "" : documentId, agent),
                documentId);
    }

    private LrsResponse get(Context context) {
        StoredDocument document = store.find(context.address()).orElseThrow(
                () -> LrsError.notFound("No document with the id " + context.documentId()));
        return LrsResponse.of(200, document.contentType(), document.content())
                .withHeader("ETag", quoted(document.etag()))
                .withHeader("Last-Modified", httpDate(document.updated()));
    }

    private LrsResponse list(Context context, LrsRequest request) {
        Instant since = null;
        String sinceText = request.parameter("since");
        if (sinceText != null) {
            try {
                since = StatementReader.readTimestamp(sinceText, "since");
            } catch (InvalidStatement invalid) {
                throw LrsError.badRequest("The since parameter must be an ISO 8601 timestamp");
            }
        }
        JsonArrayBuilder ids = Jsonp.PROVIDER.createArrayBuilder();
        store.ids(context.address(), since).forEach(ids::add);
        return LrsResponse.json(200, ids.build());
    }

    private LrsResponse put(Context context, LrsRequest request) {
        byte[] content = content(request);
        String type = contentType(request);
        return write(context, current -> {
            checkPreconditions(context, request, current, true);
            return new Content(type, content);
        });
    }

    /** Merges a JSON object into the stored one, top-level properties replaced; creates it when there is none. */
    private LrsResponse post(Context context, LrsRequest request) {
        byte[] content = content(request);
        String type = contentType(request);
        return write(context, current -> {
            checkPreconditions(context, request, current, false);
            if (current.isEmpty()) {
                if (isJson(type)) {
                    jsonObject(content, "The document");
                }
                return new Content(type, content);
            }
            if (!isJson(current.get().contentType()) || !isJson(type)) {
                throw LrsError.badRequest("POST merges JSON documents: both the stored document and the one sent must"
                        + " be application/json");
            }
            JsonObject stored = jsonObject(current.get().content(), "The stored document");
            JsonObject sent = jsonObject(content, "The document");
            JsonObjectBuilder merged = Jsonp.PROVIDER.createObjectBuilder(stored);
            sent.forEach(merged::add);
            return new Content("application/json", merged.build().toString().getBytes(StandardCharsets.UTF_8));
        });
    }

    /** What a write stores. */
    private record Content(String type, byte[] bytes) {
    }

    /**
     * Decides what to store from the document as it stands, locked until the transaction ends, and stores it. A
     * document that does not exist yet has no row to lock: when another writer creates it first, the insert stores
     * nothing and the decision is made again from what that writer stored, now locked. So If-None-Match: * lets one
     * of two creators through, and two merges into a new document both count.
     */
    private LrsResponse write(Context context, Function<Optional<StoredDocument>, Content> decide) {
        for (int attempt = 1; ; attempt++) {
            Optional<StoredDocument> current = store.findForUpdate(context.address());
            Content content = decide.apply(current);
            String etag = sha1(content.bytes());
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            if (current.isPresent()) {
                store.replace(context.address(), content.type(), content.bytes(), etag, now);
                return LrsResponse.noContent();
            }
            if (store.create(context.address(), content.type(), content.bytes(), etag, now)) {
                return LrsResponse.noContent();
            }
            if (attempt == 3) {
                throw LrsError.conflict("Other writers created and deleted this document meanwhile; send it again");
            }
        }
    }

    private LrsResponse delete(Context context, LrsRequest request) {
        if (context.documentId() == null) {
            store.deleteAll(context.address());
            return LrsResponse.noContent();
        }
        Optional<StoredDocument> current = store.findForUpdate(context.address());
        checkPreconditions(context, request, current, false);
        current.ifPresent(document -> store.delete(context.address()));
        return LrsResponse.noContent();
    }

    /**
     * If-Match must name the current ETag (or "*" for any existing document); If-None-Match "*" means the
     * document must not exist. A PUT of a profile without either header is refused: with 409 when it exists, as
     * the writer may not have seen what it overwrites, and with 400 otherwise, as the conformance suite expects.
     * xAPI 2.0 guards existing state documents the same way.
     */
    private static void checkPreconditions(Context context, LrsRequest request, Optional<StoredDocument> current,
            boolean replacing) {
        String ifMatch = request.header("If-Match");
        String ifNoneMatch = request.header("If-None-Match");
        if (ifMatch != null && (current.isEmpty() || !matches(ifMatch, current.get().etag()))) {
            throw LrsError.preconditionFailed("The document has changed: its ETag is not the one in If-Match");
        }
        if (ifNoneMatch != null && current.isPresent() && matches(ifNoneMatch, current.get().etag())) {
            throw LrsError.preconditionFailed("The document exists, and If-None-Match said it should not");
        }
        boolean guarded = context.kind() != DocumentKind.STATE || XapiVersion.isTwo(request);
        if (replacing && guarded && ifMatch == null && ifNoneMatch == null) {
            if (current.isPresent()) {
                throw LrsError.conflict("The document exists: send If-Match with its ETag to replace it");
            }
            if (context.kind() == DocumentKind.STATE) {
                return;
            }
            throw LrsError.badRequest("A profile is written with If-Match (its current ETag) or If-None-Match: *"
                    + " (it must not exist yet)");
        }
    }

    private static boolean matches(String header, String etag) {
        for (String tag : header.split(",")) {
            String trimmed = tag.trim();
            if (trimmed.equals("*")) {
                return true;
            }
            if (trimmed.startsWith("W/")) {
                trimmed = trimmed.substring(2);
            }
            if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
                trimmed = trimmed.substring(1, trimmed.length() - 1);
            }
            if (trimmed.equalsIgnoreCase(etag)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] content(LrsRequest request) {
        if (request.body().length > MAX_DOCUMENT_BYTES) {
            throw new LrsError(413, "A document may hold at most " + MAX_DOCUMENT_BYTES + " bytes");
        }
        return request.body();
    }

    private static String contentType(LrsRequest request) {
        String type = request.header("Content-Type");
        return type == null || type.isBlank() ? "application/octet-stream" : type.trim();
    }

    private static boolean isJson(String contentType) {
        return contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }

    private static JsonObject jsonObject(byte[] content, String what) {
        try {
            JsonValue value = StrictJson.parse(new String(content, StandardCharsets.UTF_8));
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw LrsError.badRequest(what + " is JSON but not an object");
            }
            return value.asJsonObject();
        } catch (LrsError e) {
            throw e;
        } catch (RuntimeException e) {
            throw LrsError.badRequest(what + " is not well-formed JSON");
        }
    }

    private static String activity(LrsRequest request) {
        String id = request.parameter("activityId");
        if (id == null) {
            throw LrsError.badRequest("This resource needs the activityId parameter");
        }
        if (!Iri.isAbsolute(id)) {
            throw LrsError.badRequest("The activityId parameter must be an IRI");
        }
        return id;
    }

    private static String agent(LrsRequest request) {
        String json = request.parameter("agent");
        if (json == null) {
            throw LrsError.badRequest("This resource needs the agent parameter");
        }
        Actor actor;
        try {
            actor = StatementReader.readActor(json, "agent");
        } catch (InvalidStatement invalid) {
            throw LrsError.badRequest("The agent parameter is not an Agent: " + invalid.getMessage());
        }
        if (!(actor instanceof Agent agent)) {
            throw LrsError.badRequest("The agent parameter must be an Agent, not a Group");
        }
        return IndexHash.identifying(agent.identifier());
    }

    private static String registration(LrsRequest request) {
        String registration = request.parameter("registration");
        if (registration == null) {
            return "-";
        }
        try {
            if (registration.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(registration).toString();
        } catch (IllegalArgumentException e) {
            throw LrsError.badRequest("The registration parameter must be a UUID");
        }
    }

    private static String sha1(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java platform", e);
        }
    }

    private static String quoted(String etag) {
        return "\"" + etag + "\"";
    }

    static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
