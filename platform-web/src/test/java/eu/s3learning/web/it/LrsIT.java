package eu.s3learning.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.tracking.lrs.client.IssuedClient;
import eu.s3learning.core.tracking.lrs.client.LrsClients;
import eu.s3learning.core.tracking.lrs.client.LrsScope;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The LRS at /xapi, over real HTTP inside Payara against the configured database (MariaDB in CI): credentials
 * and scopes, every kind of refused input (nothing stored), conflicts, all-or-nothing batches, and concurrent
 * writers that share agents, verbs and activities. The ADL conformance suite covers the rest of the protocol
 * (README, "xAPI conformance").
 */
@ExtendWith(ArquillianExtension.class)
class LrsIT {

    /** Provisioned at start from -Ds3.xapi.key / -Ds3.xapi.secret (arquillian.xml), with every scope. */
    private static final String KEY = "it-lrs";
    private static final String SECRET = "integration-lrs-secret-0123456789abcdef";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @Inject
    LrsClients clients;

    @Resource(lookup = "java:app/jdbc/s3")
    DataSource dataSource;

    private static String base() {
        return System.getProperty("s3.it.base", "http://localhost:18280/") + "xapi";
    }

    private static String basic(String key, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(String method, String path, String body, String authorization)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        return send(method, path, body, basic(KEY, SECRET));
    }

    private static String statement(String mbox, String verb, String activity) {
        return "{\"actor\":{\"mbox\":\"mailto:" + mbox + "\"},\"verb\":{\"id\":\"" + verb + "\"},"
                + "\"object\":{\"id\":\"" + activity + "\"}}";
    }

    private static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static String query(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private long stored(String sql, String parameter) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long storedWithVerb(String verb) throws Exception {
        return stored("SELECT COUNT(*) FROM xapi_statement WHERE body LIKE ?", "%\"" + verb + "\"%");
    }

    @Test
    void refusesMissingWrongAndRevokedCredentialsWithAJsonError() throws Exception {
        HttpResponse<String> none = send("GET", "/statements", null, null);
        assertEquals(401, none.statusCode());
        assertEquals("unauthorized", object(none.body()).getString("error"));
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals("1.0.3", none.headers().firstValue("X-Experience-API-Version").orElse(""));

        assertEquals(401, send("GET", "/statements", null, basic(KEY, SECRET + "x")).statusCode());
        assertEquals(401, send("GET", "/statements", null, "Basic not-base64!").statusCode());

        IssuedClient issued = clients.create("Revoked tool", Set.of(LrsScope.ALL), null);
        assertEquals(200, send("GET", "/statements?limit=1", null, basic(issued.apiKey(), issued.secret())).statusCode());
        clients.revoke(issued.id());
        assertEquals(401, send("GET", "/statements?limit=1", null, basic(issued.apiKey(), issued.secret())).statusCode());

        assertEquals(200, send("GET", "/about", null, null).statusCode(), "About needs no credentials");
    }

    @Test
    void aMissingVersionHeaderIsABadRequest() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/statements"))
                .header("Authorization", basic(KEY, SECRET)).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(400, response.statusCode());
        assertTrue(object(response.body()).getString("message").contains("X-Experience-API-Version"));
    }

    @Test
    void scopesLimitWhatAClientMayDo() throws Exception {
        String verb = "http://it.s3-learning.test/verbs/" + UUID.randomUUID();
        IssuedClient writer = clients.create("Content package", Set.of(LrsScope.STATEMENTS_WRITE,
                LrsScope.STATEMENTS_READ_MINE), null);
        IssuedClient reader = clients.create("Reporting", Set.of(LrsScope.ALL_READ), null);
        String mine = UUID.randomUUID().toString();

        assertEquals(204, send("PUT", "/statements?statementId=" + mine,
                statement("ana@example.ro", verb, "http://it.s3-learning.test/a"),
                basic(writer.apiKey(), writer.secret())).statusCode());
        assertEquals(200, send("POST", "/statements", statement("dan@example.ro", verb, "http://it.s3-learning.test/a"))
                .statusCode());

        HttpResponse<String> own = send("GET", "/statements?" + query("verb", verb), null,
                basic(writer.apiKey(), writer.secret()));
        JsonArray ownStatements = object(own.body()).getJsonArray("statements");
        assertEquals(1, ownStatements.size(), "a client that may read its own sees only its own");
        assertEquals(mine, ownStatements.getJsonObject(0).getString("id"));

        assertEquals(2, object(send("GET", "/statements?" + query("verb", verb), null,
                basic(reader.apiKey(), reader.secret())).body()).getJsonArray("statements").size());
        HttpResponse<String> refused = send("POST", "/statements",
                statement("eva@example.ro", verb, "http://it.s3-learning.test/a"), basic(reader.apiKey(), reader.secret()));
        assertEquals(403, refused.statusCode());
        assertEquals("forbidden", object(refused.body()).getString("error"));
        assertEquals(2, storedWithVerb(verb));
    }

    @Test
    void aClientThatReadsOnlyItsOwnStatementsSeesOnlyTheActivityDefinitionsItSent() throws Exception {
        String verb = "http://it.s3-learning.test/verbs/" + UUID.randomUUID();
        String activity = "http://it.s3-learning.test/" + UUID.randomUUID();
        IssuedClient writer = clients.create("Content package", Set.of(LrsScope.STATEMENTS_WRITE,
                LrsScope.STATEMENTS_READ_MINE), null);
        IssuedClient other = clients.create("Another package", Set.of(LrsScope.STATEMENTS_READ_MINE), null);
        IssuedClient profiles = clients.create("Catalogue", Set.of(LrsScope.PROFILE), null);
        String object = "{\"id\":\"" + activity + "\"}";
        assertEquals(200, send("POST", "/statements", statement("ana@example.ro", verb, activity).replace(object,
                "{\"id\":\"" + activity + "\",\"definition\":{\"name\":{\"en\":\"Regional SWOT\"}}}"),
                basic(writer.apiKey(), writer.secret())).statusCode());
        assertEquals(200, send("POST", "/statements", statement("dan@example.ro", verb, activity).replace(object,
                "{\"id\":\"" + activity + "\",\"definition\":{\"name\":{\"ro\":\"SWOT regional\"},"
                        + "\"description\":{\"ro\":\"Pentru Dan\"}}}")).statusCode());
        String address = "/activities?" + query("activityId", activity);

        JsonObject own = object(send("GET", address, null, basic(writer.apiKey(), writer.secret())).body());
        assertEquals("{\"en\":\"Regional SWOT\"}", own.getJsonObject("definition").getJsonObject("name").toString());
        assertFalse(own.getJsonObject("definition").containsKey("description"), own.toString());
        HttpResponse<String> none = send("GET", address, null, basic(other.apiKey(), other.secret()));
        assertEquals(200, none.statusCode());
        assertEquals("{\"objectType\":\"Activity\",\"id\":\"" + activity + "\"}", none.body());

        for (String authorization : List.of(basic(KEY, SECRET), basic(profiles.apiKey(), profiles.secret()))) {
            JsonObject all = object(send("GET", address, null, authorization).body()).getJsonObject("definition");
            assertEquals(Set.of("en", "ro"), all.getJsonObject("name").keySet());
            assertEquals("Pentru Dan", all.getJsonObject("description").getString("ro"));
        }
    }

    @Test
    void malformedWrongAndHostileStatementsAreRefusedAndNothingIsStored() throws Exception {
        String verb = "http://it.s3-learning.test/verbs/" + UUID.randomUUID();
        String good = statement("ana@example.ro", verb, "http://it.s3-learning.test/a");

        HttpResponse<String> malformed = send("POST", "/statements", "{\"actor\": ");
        assertEquals(400, malformed.statusCode());
        assertEquals("malformed-json", object(malformed.body()).getString("code"));

        HttpResponse<String> wrongType = send("POST", "/statements",
                good.replace("{\"id\":\"http://it.s3-learning.test/a\"}", "42"));
        assertEquals(400, wrongType.statusCode());
        assertEquals("statement.object", object(wrongType.body()).getString("path"));

        assertEquals(400, send("POST", "/statements", good.replace("mailto:ana@example.ro", "ana@example.ro"))
                .statusCode(), "an mbox must be a mailto: IRI");
        assertEquals(400, send("POST", "/statements", good.replace("}}", "}, \"score\": 1}")).statusCode(),
                "unknown properties are refused");
        assertEquals(400, send("POST", "/statements",
                good.replace("\"object\"", "\"verb\":{\"id\":\"http://x/y\"},\"object\"")).statusCode(),
                "a key given twice is refused");
        assertEquals(400, send("POST", "/statements", good.replace(verb, "not an iri")).statusCode());
        assertEquals(400, send("POST", "/statements", "[" + good + "," + good.replace("mailto:", "") + "]")
                .statusCode(), "a batch with one bad statement is refused whole");
        assertEquals(400, send("GET", "/statements?" + query("agent", "{\"mbox\":\"nobody\"}"), null).statusCode());
        assertEquals(400, send("GET", "/statements?LIMIT=1", null).statusCode(), "parameter names are case-sensitive");
        assertEquals(0, storedWithVerb(verb));

        StringBuilder huge = new StringBuilder("[");
        while (huge.length() < 1_100_000) {
            huge.append(good).append(',');
        }
        huge.append(good).append(']');
        HttpResponse<String> tooLarge = send("POST", "/statements", huge.toString());
        assertEquals(413, tooLarge.statusCode());
        assertEquals("too-large", object(tooLarge.body()).getString("error"));
        assertEquals(0, storedWithVerb(verb));
    }

    @Test
    void aBodyOfUndeclaredLengthIsReadAsItArrivesAndStillLimited() throws Exception {
        String verb = "http://it.s3-learning.test/verbs/" + UUID.randomUUID();
        String good = statement("ana@example.ro", verb, "http://it.s3-learning.test/a");

        HttpResponse<String> stored = sendChunked("[" + good + "]");
        assertEquals(200, stored.statusCode(), stored.body());
        assertEquals(1, storedWithVerb(verb));

        StringBuilder huge = new StringBuilder("[");
        while (huge.length() < 1_100_000) {
            huge.append(good.replace(verb, verb + "/big")).append(',');
        }
        huge.append(good.replace(verb, verb + "/big")).append(']');
        HttpResponse<String> tooLarge = sendChunked(huge.toString());
        assertEquals(413, tooLarge.statusCode());
        assertEquals(0, storedWithVerb(verb + "/big"));
    }

    /** A POST whose length is not declared: the body comes in chunks, as a client streaming it sends it. */
    private static HttpResponse<String> sendChunked(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/statements"))
                .header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "application/json")
                .header("Authorization", basic(KEY, SECRET))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSameIdWithOtherContentIsAConflictAndTheSameContentIsAccepted() throws Exception {
        String id = UUID.randomUUID().toString();
        String verb = "http://it.s3-learning.test/verbs/" + UUID.randomUUID();
        String first = statement("ana@example.ro", verb, "http://it.s3-learning.test/a");

        assertEquals(204, send("PUT", "/statements?statementId=" + id, first).statusCode());
        assertEquals(204, send("PUT", "/statements?statementId=" + id, first).statusCode());
        HttpResponse<String> conflict = send("PUT", "/statements?statementId=" + id,
                statement("ana@example.ro", verb, "http://it.s3-learning.test/b"));
        assertEquals(409, conflict.statusCode());
        assertEquals("conflict", object(conflict.body()).getString("error"));

        String batch = "[" + statement("dan@example.ro", verb, "http://it.s3-learning.test/c") + ","
                + first.replace("{\"actor\"", "{\"id\":\"" + id + "\",\"actor\"").replace("/a\"", "/z\"") + "]";
        assertEquals(409, send("POST", "/statements", batch).statusCode());
        assertEquals(1, storedWithVerb(verb), "the conflicting batch stored nothing");

        HttpResponse<String> read = send("GET", "/statements?statementId=" + id, null);
        assertEquals(200, read.statusCode());
        assertEquals("http://it.s3-learning.test/a", object(read.body()).getJsonObject("object").getString("id"));
        assertNotNull(read.headers().firstValue("X-Experience-API-Consistent-Through").orElse(null));
    }

    @Test
    void concurrentBatchesSharingAgentsVerbsAndActivitiesAllSucceed() throws Exception {
        String verb = "http://it.s3-learning.test/verbs/" + UUID.randomUUID();
        List<String> activities = List.of("http://it.s3-learning.test/x", "http://it.s3-learning.test/y");
        int clientsCount = 8;
        int batches = 5;
        int batchSize = 50;
        ExecutorService pool = Executors.newFixedThreadPool(clientsCount);
        try {
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (int c = 0; c < clientsCount; c++) {
                Callable<List<Integer>> client = () -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int b = 0; b < batches; b++) {
                        StringBuilder batch = new StringBuilder("[");
                        for (int s = 0; s < batchSize; s++) {
                            batch.append(s == 0 ? "" : ",").append(statement("learner" + (s % 5) + "@example.ro", verb,
                                    activities.get(s % 2)));
                        }
                        statuses.add(send("POST", "/statements", batch.append(']').toString()).statusCode());
                    }
                    return statuses;
                };
                results.add(pool.submit(client));
            }
            for (Future<List<Integer>> result : results) {
                assertEquals(List.of(200, 200, 200, 200, 200), result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(clientsCount * batches * batchSize, storedWithVerb(verb));

        HttpResponse<String> byAgentAndVerb = send("GET", "/statements?" + query("verb", verb) + "&"
                + query("agent", "{\"mbox\":\"mailto:learner3@example.ro\"}") + "&limit=500", null);
        assertEquals(clientsCount * batches * batchSize / 5,
                object(byAgentAndVerb.body()).getJsonArray("statements").size());
    }

    /**
     * A query's "more" pages go on from where the last one stopped and take in no statement stored since its first
     * page: a descending query because its pages start below the ones it returned, an ascending one because its
     * pages stop at the newest statement stored when the first was read.
     */
    @Test
    void laterPagesOfAQueryShowNeitherRepeatsNorStatementsStoredSinceItsFirstPage() throws Exception {
        String verb = "http://it.s3-learning.test/verbs/" + UUID.randomUUID();
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            before.add(storedId(statement("pages@example.ro", verb, "http://it.s3-learning.test/pages/" + i)));
        }

        List<String> descending = pagesOf("/statements?" + query("verb", verb) + "&limit=2",
                () -> storedId(statement("pages@example.ro", verb, "http://it.s3-learning.test/pages/new")));
        List<String> newestFirst = new ArrayList<>(before);
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, descending);

        List<String> all = pagesOf("/statements?" + query("verb", verb) + "&limit=3&ascending=true", () -> null);
        List<String> ascending = pagesOf("/statements?" + query("verb", verb) + "&limit=2&ascending=true",
                () -> storedId(statement("pages@example.ro", verb, "http://it.s3-learning.test/pages/newer")));
        assertEquals(all, ascending);
        assertEquals(before, ascending.subList(0, 5));
        assertEquals(5 + 2, ascending.size(), "with the two stored while the descending query was paged");
    }

    private String storedId(String statement) throws Exception {
        HttpResponse<String> stored = send("POST", "/statements", statement);
        assertEquals(200, stored.statusCode(), stored.body());
        return Json.createReader(new StringReader(stored.body())).readArray().getString(0);
    }

    /** The ids of every page of the query, in order, storing a statement (betweenPages) before each later page. */
    private List<String> pagesOf(String firstPage, Callable<String> betweenPages) throws Exception {
        List<String> ids = new ArrayList<>();
        String page = firstPage;
        while (!page.isEmpty()) {
            HttpResponse<String> answer = send("GET", page, null);
            assertEquals(200, answer.statusCode(), answer.body());
            JsonObject result = object(answer.body());
            result.getJsonArray("statements").forEach(s -> ids.add(s.asJsonObject().getString("id")));
            String more = result.getString("more");
            page = more.isEmpty() ? "" : more.substring(more.indexOf("/statements?more="));
            if (!page.isEmpty()) {
                betweenPages.call();
            }
        }
        return ids;
    }

    /**
     * Single statements from many clients at once are committed in groups (StatementWrites): each request still
     * gets the answer it would have had alone, also when the same id arrives from several clients at once with the
     * same content or with another.
     */
    @Test
    void concurrentSingleStatementsAreEachAnsweredAsIfAlone() throws Exception {
        String verb = "http://it.s3-learning.test/verbs/" + UUID.randomUUID();
        String shared = UUID.randomUUID().toString();
        String repeated = UUID.randomUUID().toString();
        String repeatedBody = statement("eva@example.ro", verb, "http://it.s3-learning.test/repeated")
                .replace("{\"actor\"", "{\"id\":\"" + repeated + "\",\"actor\"");
        int clientsCount = 20;
        int each = 10;
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(clientsCount);
        ExecutorService pool = Executors.newFixedThreadPool(clientsCount);
        List<Future<List<String>>> results = new ArrayList<>();
        try {
            for (int c = 0; c < clientsCount; c++) {
                int client = c;
                results.add(pool.submit(() -> {
                    List<String> seen = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        HttpResponse<String> posted = send("POST", "/statements",
                                statement("c" + client + "s" + i + "@example.ro", verb, "http://it.s3-learning.test/single"));
                        assertEquals(200, posted.statusCode(), posted.body());
                        seen.add(Json.createReader(new StringReader(posted.body())).readArray().getString(0));
                    }
                    together.await();
                    String object = "http://it.s3-learning.test/shared/" + (client % 2);
                    seen.add(object + " " + send("PUT", "/statements?statementId=" + shared,
                            statement("eva@example.ro", verb, object)).statusCode());
                    together.await();
                    HttpResponse<String> again = send("POST", "/statements", repeatedBody);
                    seen.add(again.statusCode() + " " + again.body());
                    return seen;
                }));
            }
            Set<String> ids = new java.util.HashSet<>();
            java.util.Map<String, Integer> putAnswers = new java.util.HashMap<>();
            for (Future<List<String>> result : results) {
                List<String> seen = result.get();
                ids.addAll(seen.subList(0, each));
                String[] put = seen.get(each).split(" ");
                putAnswers.merge(put[0] + " " + put[1], 1, Integer::sum);
                assertEquals("200 [\"" + repeated + "\"]", seen.get(each + 1), "the same statement again is accepted");
            }
            assertEquals(clientsCount * each, ids.size(), "every POST got its own id");
            assertEquals(clientsCount * each + 2, storedWithVerb(verb), "all new statements, the shared and the repeated once");

            JsonObject kept = object(send("GET", "/statements?statementId=" + shared, null).body());
            String winner = kept.getJsonObject("object").getString("id");
            String loser = winner.endsWith("/0") ? winner.replace("/0", "/1") : winner.replace("/1", "/0");
            assertEquals(java.util.Map.of(winner + " 204", clientsCount / 2, loser + " 409", clientsCount / 2), putAnswers,
                    "the clients that sent the stored content were accepted, the others refused as a conflict");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void documentsFollowTheirETags() throws Exception {
        String address = "/activities/profile?" + query("activityId", "http://it.s3-learning.test/" + UUID.randomUUID())
                + "&profileId=settings";
        assertEquals(400, send("PUT", address, "{\"a\":1}").statusCode(), "a new profile needs If-None-Match");
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(base() + address))
                .header("X-Experience-API-Version", "1.0.3").header("Authorization", basic(KEY, SECRET))
                .header("Content-Type", "application/json").header("If-None-Match", "*")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"a\":1}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, created.statusCode());
        String etag = send("GET", address, null).headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.matches("\"[0-9a-f]{40}\""));

        assertEquals(409, send("PUT", address, "{\"a\":2}").statusCode(), "an existing profile needs If-Match");
        assertEquals(204, send("POST", address, "{\"b\":2}").statusCode());
        assertEquals(400, send("POST", address, "{\"b\":2}{").statusCode(), "trailing text is not JSON");
        HttpResponse<String> stale = HTTP.send(HttpRequest.newBuilder(URI.create(base() + address))
                .header("X-Experience-API-Version", "1.0.3").header("Authorization", basic(KEY, SECRET))
                .header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"c\":3}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(412, stale.statusCode(), "the POST changed the document since that ETag");
        assertEquals(object("{\"a\":1,\"b\":2}"), object(send("GET", address, null).body()));
    }

    /**
     * An LRS client's secret is a generated token of at least 128 bits, shown once; the database keeps only its SHA-256
     * digest, so a copy of the database lets no one in.
     */
    @Test
    void anLrsClientsSecretIsKeptOnlyAsItsDigest() throws Exception {
        IssuedClient issued = clients.create("Digest check " + UUID.randomUUID(), Set.of(LrsScope.ALL), null);
        IssuedClient other = clients.create("Digest check " + UUID.randomUUID(), Set.of(LrsScope.ALL), null);
        assertTrue(Base64.getUrlDecoder().decode(issued.secret()).length >= 16, "at least 128 random bits: " + issued.secret());
        assertFalse(issued.secret().equals(other.secret()));
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT secret_digest FROM lrs_client WHERE api_key = ?")) {
            select.setString(1, issued.apiKey());
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(issued.secret().getBytes(StandardCharsets.UTF_8)));
                assertEquals(digest, row.getString(1));
            }
        }
        assertEquals(200, send("GET", "/statements?limit=1", null, basic(issued.apiKey(), issued.secret())).statusCode());
        assertEquals(401, send("GET", "/statements?limit=1", null, basic(issued.apiKey(), issued.secret().substring(1))).statusCode());
    }

    /**
     * Rules of the protocol, over HTTP, that the ADL suite checks but CI does not run: About's versions; since and
     * until; the ids format; voiding (the voided statement only under voidedStatementId); attachments sent and
     * returned as multipart/mixed; the Agents resource; an Agent Profile's life; and the 2.0.0 version header.
     */
    @Test
    void protocolRulesTheConformanceSuiteChecksHoldOverHttp() throws Exception {
        HttpResponse<String> about = send("GET", "/about", null, null);
        assertEquals(200, about.statusCode(), "About needs no credentials");
        assertTrue(object(about.body()).getJsonArray("version").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList().containsAll(List.of("1.0.3", "2.0.0")), about.body());

        String mbox = "mailto:rules-" + UUID.randomUUID() + "@example.org";
        String agent = "{\"mbox\":\"" + mbox + "\"}";
        String verb = "http://adlnet.gov/expapi/verbs/experienced";
        UUID first = UUID.randomUUID();
        assertEquals(204, send("PUT", "/statements?statementId=" + first, "{\"actor\":{\"name\":\"Ana\",\"mbox\":\"" + mbox
                + "\"},\"verb\":{\"id\":\"" + verb + "\",\"display\":{\"en-US\":\"experienced\"}},\"object\":{\"id\":"
                + "\"http://it.s3-learning.test/rules\",\"definition\":{\"name\":{\"en-US\":\"Rules\"}}}}").statusCode());
        String firstStored = object(send("GET", "/statements?statementId=" + first, null).body()).getString("stored");
        // The GET above puts a round trip between the two statements' stored times, which are kept to the microsecond.
        UUID second = UUID.randomUUID();
        assertEquals(204, send("PUT", "/statements?statementId=" + second, statement(mbox.substring(7), verb,
                "http://it.s3-learning.test/rules")).statusCode());
        String byAgent = "/statements?" + query("agent", agent);
        assertEquals(List.of(second.toString()), idsOf(send("GET", byAgent + "&" + query("since", firstStored), null).body()));
        assertEquals(List.of(first.toString()), idsOf(send("GET", byAgent + "&" + query("until", firstStored), null).body()));
        assertEquals(400, send("GET", byAgent + "&since=yesterday", null).statusCode());

        JsonObject ids = object(send("GET", "/statements?statementId=" + first + "&format=ids", null).body());
        assertFalse(ids.getJsonObject("actor").containsKey("name"), "ids drops the actor's name: " + ids);
        assertFalse(ids.getJsonObject("verb").containsKey("display"), "and the verb's display");
        assertFalse(ids.getJsonObject("object").containsKey("definition"), "and the activity's definition");
        assertEquals(400, send("GET", "/statements?statementId=" + first + "&format=pretty", null).statusCode());

        assertEquals(200, send("POST", "/statements", "{\"actor\":" + agent + ",\"verb\":{\"id\":"
                + "\"http://adlnet.gov/expapi/verbs/voided\"},\"object\":{\"objectType\":\"StatementRef\",\"id\":\""
                + first + "\"}}").statusCode());
        assertEquals(404, send("GET", "/statements?statementId=" + first, null).statusCode(), "a voided statement is gone");
        assertEquals(first.toString(), object(send("GET", "/statements?voidedStatementId=" + first, null).body()).getString("id"));
        assertEquals(404, send("GET", "/statements?voidedStatementId=" + second, null).statusCode(), "the other is not voided");

        byte[] content = "Notes from the Brașov day".getBytes(StandardCharsets.UTF_8);
        String sha2 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        UUID withAttachment = UUID.randomUUID();
        String json = "{\"id\":\"" + withAttachment + "\",\"actor\":" + agent + ",\"verb\":{\"id\":\"" + verb + "\"},"
                + "\"object\":{\"id\":\"http://it.s3-learning.test/rules\"},\"attachments\":[{\"usageType\":"
                + "\"http://it.s3-learning.test/usage/notes\",\"display\":{\"en-US\":\"Notes\"},\"contentType\":\"text/plain\","
                + "\"length\":" + content.length + ",\"sha2\":\"" + sha2 + "\"}]}";
        java.io.ByteArrayOutputStream multipart = new java.io.ByteArrayOutputStream();
        multipart.write(("--rules\r\nContent-Type: application/json\r\n\r\n" + json + "\r\n--rules\r\nContent-Type: text/plain\r\n"
                + "Content-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + sha2 + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        multipart.write(content);
        multipart.write("\r\n--rules--\r\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> sent = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/statements"))
                .header("X-Experience-API-Version", "1.0.3").header("Authorization", basic(KEY, SECRET))
                .header("Content-Type", "multipart/mixed; boundary=rules")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sent.statusCode(), sent.body());
        HttpResponse<String> withContent = send("GET", "/statements?statementId=" + withAttachment + "&attachments=true", null);
        assertEquals(200, withContent.statusCode());
        assertTrue(withContent.headers().firstValue("Content-Type").orElse("").startsWith("multipart/mixed"));
        assertTrue(withContent.body().contains("Notes from the Brașov day") && withContent.body().contains(sha2), withContent.body());
        assertFalse(send("GET", "/statements?statementId=" + withAttachment, null).body().contains("Notes from the Brașov day"),
                "without attachments=true, the statement alone");

        JsonObject person = object(send("GET", "/agents?" + query("agent", agent), null).body());
        assertEquals("Person", person.getString("objectType"));
        assertEquals(mbox, person.getJsonArray("mbox").getString(0));

        String profile = "/agents/profile?" + query("agent", agent) + "&profileId=preferences";
        assertEquals(204, sendWith("PUT", profile, "{\"language\":\"ro\"}", "If-None-Match", "*"));
        HttpResponse<String> kept = send("GET", profile, null);
        assertEquals(object("{\"language\":\"ro\"}"), object(kept.body()));
        assertEquals(412, sendWith("DELETE", profile, "", "If-Match", "\"not-the-etag\""));
        assertEquals(204, sendWith("DELETE", profile, "", "If-Match", kept.headers().firstValue("ETag").orElseThrow()));
        assertEquals(404, send("GET", profile, null).statusCode());

        HttpResponse<String> two = HTTP.send(HttpRequest.newBuilder(URI.create(base() + byAgent))
                .header("X-Experience-API-Version", "2.0.0").header("Authorization", basic(KEY, SECRET)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, two.statusCode());
        assertEquals("2.0.0", two.headers().firstValue("X-Experience-API-Version").orElse(""));
    }

    private static List<String> idsOf(String page) {
        return object(page).getJsonArray("statements").getValuesAs(JsonObject.class).stream().map(s -> s.getString("id")).toList();
    }

    /**
     * Writers that create the same document at the same moment. Of those that say it must not exist yet
     * (If-None-Match: *), exactly one gets it and the others 412, and the document holds what the one with 204 sent;
     * merges (POST) into a document that does not exist yet all count. Several rounds, fresh documents each.
     */
    @Test
    void writersCreatingOneDocumentAtOnceNeitherOverwriteNorLoseEachOther() throws Exception {
        int writers = 8;
        for (int round = 0; round < 4; round++) {
            String profile = "/activities/profile?" + query("activityId", "http://it.s3-learning.test/" + UUID.randomUUID())
                    + "&profileId=race";
            List<Integer> created = atOnce(writers, i -> sendWith("PUT", profile, "{\"writer\":" + i + "}", "If-None-Match", "*"));
            assertEquals(1, created.stream().filter(status -> status == 204).count(), created::toString);
            assertEquals(writers - 1, created.stream().filter(status -> status == 412).count(), created::toString);
            assertEquals(object("{\"writer\":" + created.indexOf(204) + "}"), object(send("GET", profile, null).body()));

            String state = "/activities/state?" + query("activityId", "http://it.s3-learning.test/" + UUID.randomUUID())
                    + "&" + query("agent", "{\"mbox\":\"mailto:race@example.org\"}") + "&stateId=race";
            List<Integer> merged = atOnce(writers, i -> send("POST", state, "{\"w" + i + "\":" + i + "}").statusCode());
            assertEquals(List.of(204), merged.stream().distinct().toList(), merged::toString);
            assertEquals(writers, object(send("GET", state, null).body()).size(), "every merge is in the document");
        }
    }

    private static int sendWith(String method, String path, String body, String header, String value) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).header("X-Experience-API-Version", "1.0.3")
                .header("Authorization", basic(KEY, SECRET)).header("Content-Type", "application/json").header(header, value)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** What each of the writers got, in writer order; they start together. */
    private static <T> List<T> atOnce(int writers, Writer<T> writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int index = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return writer.write(index);
                }));
            }
            start.countDown();
            List<T> outcomes = new ArrayList<>();
            for (Future<T> answer : answers) {
                outcomes.add(answer.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Writer<T> {
        T write(int index) throws Exception;
    }

    /**
     * Guessing credentials is cut short: after 30 failures a minute an address gets 429, even with good ones.
     * Sent from 127.0.0.2 so that the other tests' address is not throttled.
     */
    @Test
    void repeatedFailedAuthenticationsAreThrottled() throws Exception {
        URI endpoint = URI.create(base());
        int last = 0;
        for (int i = 0; i < 31; i++) {
            last = rawStatus(endpoint, basic(KEY, "guess-" + i));
        }
        assertEquals(429, last);
        assertEquals(429, rawStatus(endpoint, basic(KEY, SECRET)));
        assertFalse(send("GET", "/statements?limit=1", null).statusCode() == 429, "other addresses are not affected");
    }

    private static int rawStatus(URI endpoint, String authorization) throws Exception {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress("127.0.0.2", 0));
            socket.connect(new InetSocketAddress("127.0.0.1", endpoint.getPort()));
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + endpoint.getPath() + "/statements?limit=1 HTTP/1.1\r\nHost: localhost\r\n"
                    + "X-Experience-API-Version: 1.0.3\r\nAuthorization: " + authorization
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
