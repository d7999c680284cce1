package eu.s3learning.core.tracking.lrs.statement;

import eu.s3learning.core.tracking.lrs.IndexHash;
import eu.s3learning.core.tracking.lrs.LrsError;
import eu.s3learning.core.tracking.lrs.LrsRequest;
import eu.s3learning.core.tracking.lrs.LrsResponse;
import eu.s3learning.core.tracking.lrs.client.LrsCredential;
import eu.s3learning.core.tracking.lrs.statement.StatementRecording.ClientWrite;
import eu.s3learning.xapi.Attachment;
import eu.s3learning.xapi.AttachmentContent;
import eu.s3learning.xapi.Jsonp;
import eu.s3learning.xapi.MalformedMultipart;
import eu.s3learning.xapi.MultipartMixed;
import eu.s3learning.xapi.Statement;
import eu.s3learning.xapi.StatementFormat;
import eu.s3learning.xapi.StatementReader;
import eu.s3learning.xapi.StatementWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The Statement Resource: PUT one statement, POST one or many, GET one by id or many by query, with attachments
 * in multipart/mixed bodies both ways. The rules of the protocol are here; storing is the store's.
 */
@ApplicationScoped
public class StatementResource {

    /** The most statements one page returns, also when a client asks for more or for "no limit" (0). */
    public static final int PAGE_LIMIT = 500;

    private static final Set<String> QUERY_PARAMETERS = Set.of("agent", "verb", "activity", "registration",
            "related_activities", "related_agents", "since", "until", "limit", "format", "attachments", "ascending");
    private static final Set<String> SINGLE_PARAMETERS = Set.of("statementId", "voidedStatementId", "format",
            "attachments");

    @Inject
    StatementWrites writes;

    @Inject
    StatementStore store;

    @Inject
    SignedStatements signatures;

    public LrsResponse handle(LrsRequest request, LrsCredential client) {
        return switch (request.method()) {
            case "PUT" -> put(request, client);
            case "POST" -> post(request, client);
            case "GET", "HEAD" -> get(request, client);
            default -> throw new LrsError(405, "The Statement Resource takes PUT, POST and GET");
        };
    }

    private LrsResponse put(LrsRequest request, LrsCredential client) {
        requireWrite(client);
        String id = request.parameter("statementId");
        if (id == null) {
            throw LrsError.badRequest("PUT needs the statementId parameter");
        }
        for (String name : request.parameters().keySet()) {
            if (!name.equals("statementId")) {
                throw LrsError.badRequest("PUT takes only the statementId parameter, not '" + name + "'");
            }
        }
        UUID statementId = uuid(id, "statementId");
        Sent sent = sent(request, true);
        Statement statement = sent.statements().get(0);
        if (statement.id() != null && !statement.id().equals(statementId)) {
            throw LrsError.badRequest("The statement's id differs from the statementId parameter");
        }
        Statement identified = new Statement(statementId, statement.actor(), statement.verb(), statement.object(),
                statement.result(), statement.context(), statement.timestamp(), statement.stored(),
                statement.authority(), statement.version(), statement.attachments());
        writes.record(new ClientWrite(List.of(identified), client.authority(), client.clientId(), sent.attachments()));
        return LrsResponse.noContent();
    }

    private LrsResponse post(LrsRequest request, LrsCredential client) {
        requireWrite(client);
        if (!request.parameters().isEmpty()) {
            throw LrsError.badRequest("POST to the Statement Resource takes no parameters, found "
                    + request.parameters().keySet());
        }
        Sent sent = sent(request, false);
        List<UUID> ids = writes.record(new ClientWrite(sent.statements(), client.authority(), client.clientId(),
                sent.attachments()));
        JsonArrayBuilder json = Jsonp.PROVIDER.createArrayBuilder();
        ids.forEach(id -> json.add(id.toString()));
        return LrsResponse.json(200, json.build());
    }

    private record Sent(List<Statement> statements, Map<String, AttachmentContent> attachments) {
    }

    /** The statements of a PUT or POST body, and the attachment parts, each checked against what names it. */
    private Sent sent(LrsRequest request, boolean single) {
        String type = request.mediaType();
        if (type.equals("application/json")) {
            List<Statement> statements = statements(request.bodyText(), single);
            requireNoMissingContent(statements, Map.of());
            return new Sent(statements, Map.of());
        }
        if (!type.equals("multipart/mixed")) {
            throw new LrsError(400, "Statements are sent as application/json, or multipart/mixed with attachments");
        }
        List<MultipartMixed.Part> parts;
        try {
            parts = MultipartMixed.parse(request.body(), MultipartMixed.boundary(request.header("Content-Type")));
        } catch (MalformedMultipart malformed) {
            throw LrsError.badRequest(malformed.getMessage());
        }
        if (parts.isEmpty() || !parts.get(0).mediaType().equals("application/json")) {
            throw LrsError.badRequest("The first part of a multipart/mixed request must be the statements, as application/json");
        }
        List<Statement> statements = statements(new String(parts.get(0).content(), StandardCharsets.UTF_8), single);
        Map<String, AttachmentContent> contents = new LinkedHashMap<>();
        for (MultipartMixed.Part part : parts.subList(1, parts.size())) {
            AttachmentContent content = attachment(part);
            contents.put(content.sha2(), content);
        }
        requireNoMissingContent(statements, contents);
        signatures.check(statements, contents);
        return new Sent(statements, contents);
    }

    private static List<Statement> statements(String json, boolean single) {
        return single ? List.of(StatementReader.read(json)) : StatementReader.readBatch(json);
    }

    private static AttachmentContent attachment(MultipartMixed.Part part) {
        String hash = part.header("X-Experience-API-Hash");
        if (hash == null || hash.isBlank()) {
            throw LrsError.badRequest("Every attachment part needs an X-Experience-API-Hash header");
        }
        String encoding = part.header("Content-Transfer-Encoding");
        if (encoding == null || !encoding.equalsIgnoreCase("binary")) {
            throw LrsError.badRequest("Every attachment part needs the header Content-Transfer-Encoding: binary");
        }
        String contentType = part.header("Content-Type");
        if (contentType == null || contentType.isBlank()) {
            throw LrsError.badRequest("Every attachment part needs a Content-Type header");
        }
        return new AttachmentContent(hash.trim().toLowerCase(Locale.ROOT), contentType.trim(), part.content());
    }

    /** Each attachment without a fileUrl needs its part; each part, an attachment that names it. */
    private static void requireNoMissingContent(List<Statement> statements, Map<String, AttachmentContent> contents) {
        Set<String> named = new java.util.HashSet<>();
        for (Statement statement : statements) {
            for (Attachment attachment : statement.attachments()) {
                String sha2 = attachment.sha2().toLowerCase(Locale.ROOT);
                named.add(sha2);
                if (attachment.fileUrl() == null && !contents.containsKey(sha2)) {
                    throw LrsError.badRequest("The attachment with sha2 " + sha2
                            + " has no fileUrl and no part in the request");
                }
            }
        }
        for (String sha2 : contents.keySet()) {
            if (!named.contains(sha2)) {
                throw LrsError.badRequest("The part with X-Experience-API-Hash " + sha2
                        + " belongs to no attachment of the statements");
            }
        }
    }

    private LrsResponse get(LrsRequest request, LrsCredential client) {
        if (!client.canReadStatements()) {
            throw LrsError.forbidden("This client may not read statements");
        }
        if (request.has("statementId") || request.has("voidedStatementId")) {
            return single(request, client);
        }
        if (request.has("more")) {
            if (request.parameters().size() > 1) {
                throw LrsError.badRequest("The 'more' parameter comes alone");
            }
            StatementQueryCursor cursor = StatementQueryCursor.of(request.parameter("more"));
            return page(request.with("GET", cursor.asRequestParameters(), request.headers(), null), client,
                    cursor.afterSeq(), cursor.upToSeq());
        }
        return page(request, client, 0, null);
    }

    private LrsResponse single(LrsRequest request, LrsCredential client) {
        for (String name : request.parameters().keySet()) {
            if (!SINGLE_PARAMETERS.contains(name)) {
                throw LrsError.badRequest("A request for one statement takes no '" + name + "' parameter");
            }
        }
        if (request.has("statementId") && request.has("voidedStatementId")) {
            throw LrsError.badRequest("Give statementId or voidedStatementId, not both");
        }
        boolean voided = request.has("voidedStatementId");
        UUID id = uuid(request.parameter(voided ? "voidedStatementId" : "statementId"),
                voided ? "voidedStatementId" : "statementId");
        StoredStatement found = store.byIds(List.of(id)).get(id);
        if (found == null || found.voided() != voided || !visible(found, client)) {
            throw LrsError.notFound("No " + (voided ? "voided " : "") + "statement with the id " + id);
        }
        StatementWriter writer = writer(request);
        String json = writer == null ? found.body() : writer.text(StatementReader.read(found.body()));
        LrsResponse response = withAttachments(request, json, List.of(found));
        return response.withHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                found.stored().atOffset(java.time.ZoneOffset.UTC)));
    }

    private static boolean visible(StoredStatement statement, LrsCredential client) {
        return !client.readsOnlyOwnStatements() || java.util.Objects.equals(statement.clientId(), client.clientId());
    }

    /**
     * A page of a query: the first ({@code upToSeq} null) or one a "more" address asked for. Later pages of an
     * ascending query would take in statements stored since its first page, so they stop at the newest statement
     * stored when the first was read. A descending query's later pages start below the statements its first page
     * returned and need no such bound, so its first page does not ask the store for its newest statement: one
     * round trip to the database fewer on the most common query.
     */
    private LrsResponse page(LrsRequest request, LrsCredential client, long afterSeq, Long upToSeq) {
        for (String name : request.parameters().keySet()) {
            if (!QUERY_PARAMETERS.contains(name)) {
                throw LrsError.badRequest("The Statement Resource has no '" + name + "' parameter");
            }
        }
        StatementQuery query = StatementQuery.of(request);
        int limit = query.limit() == 0 || query.limit() > PAGE_LIMIT ? PAGE_LIMIT : query.limit();
        long upTo = upToSeq != null ? upToSeq : query.ascending() ? store.latestSeq() : Long.MAX_VALUE;
        StatementFilter filter = query.filter(client.readsOnlyOwnStatements() ? client.clientId() : null, afterSeq,
                upTo);
        List<StoredStatement> found = store.query(filter, limit + 1);
        boolean more = found.size() > limit;
        List<StoredStatement> page = more ? found.subList(0, limit) : found;
        StatementWriter writer = writer(request);
        StringBuilder json = new StringBuilder("{\"statements\":[");
        for (int i = 0; i < page.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            StoredStatement statement = page.get(i);
            json.append(writer == null ? statement.body() : writer.text(StatementReader.read(statement.body())));
        }
        json.append("],\"more\":\"");
        if (more) {
            Map<String, String> parameters = new TreeMap<>();
            request.parameters().forEach((name, values) -> parameters.put(name, values.get(0)));
            StatementQueryCursor cursor = new StatementQueryCursor(parameters, page.get(page.size() - 1).seq(), upTo);
            json.append(request.endpoint()).append("/statements?more=").append(cursor.token());
        }
        json.append("\"}");
        return withAttachments(request, json.toString(), page);
    }

    /** The JSON alone, or, when attachments=true, a multipart/mixed body with the attachment contents after it. */
    private LrsResponse withAttachments(LrsRequest request, String json, List<StoredStatement> statements) {
        if (!bool(request, "attachments")) {
            return LrsResponse.json(200, json);
        }
        List<Long> seqs = statements.stream().filter(StoredStatement::hasAttachments).map(StoredStatement::seq).toList();
        List<AttachmentContent> contents = new ArrayList<>();
        store.attachments(seqs).values().forEach(contents::addAll);
        MultipartMixed.Written written = MultipartMixed.statements(json, contents);
        return LrsResponse.of(200, written.contentType(), written.body());
    }

    /** Null for the exact format, which returns the stored JSON as it is. */
    private static StatementWriter writer(LrsRequest request) {
        String name = request.parameter("format");
        if (name == null) {
            return null;
        }
        StatementFormat format = StatementFormat.byParameter(name).orElseThrow(() -> LrsError.badRequest(
                "The format parameter is exact, ids or canonical, not '" + name + "'"));
        if (format == StatementFormat.EXACT) {
            return null;
        }
        String languages = request.header("Accept-Language");
        List<Locale.LanguageRange> ranges;
        try {
            ranges = languages == null || languages.isBlank() ? List.of() : Locale.LanguageRange.parse(languages);
        } catch (IllegalArgumentException unreadable) {
            ranges = List.of();
        }
        return StatementWriter.of(format, ranges);
    }

    static boolean bool(LrsRequest request, String name) {
        String value = request.parameter(name);
        if (value == null) {
            return false;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw LrsError.badRequest("The parameter '" + name + "' is true or false, not '" + value + "'");
        }
        return value.equals("true");
    }

    static UUID uuid(String value, String name) {
        try {
            if (value.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw LrsError.badRequest("The parameter '" + name + "' must be a UUID");
        }
    }

    private static void requireWrite(LrsCredential client) {
        if (!client.canWriteStatements()) {
            throw LrsError.forbidden("This client may not write statements");
        }
    }

    static long key(String text) {
        return IndexHash.of(text);
    }
}
