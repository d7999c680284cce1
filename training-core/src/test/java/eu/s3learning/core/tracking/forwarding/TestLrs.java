package eu.s3learning.core.tracking.forwarding;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.s3learning.xapi.MultipartMixed;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An external LRS for tests, on a real port: it keeps statements by id as an LRS must (the same content again is
 * accepted and changes nothing; other content under a known id is a 409), and can be told to fail (503), hang,
 * drop connections, lose its answers, or refuse chosen statements (400). It counts what arrived, so a test can tell "delivered
 * twice" (harmless) from "stored twice" (the target would hold a duplicate).
 */
public final class TestLrs implements AutoCloseable {

    /**
     * How it answers: as an LRS; 503; never; by closing the connection; or it stores the statements and then never
     * answers, as when an answer is lost on the way back (the sender cannot know they arrived).
     */
    public enum Mode { ACCEPT, FAIL, HANG, DROP, STORE_AND_HANG }

    public static final String KEY = "forwarding-test";
    public static final String SECRET = "forwarding-test-secret-0123456789";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Mode mode = Mode.ACCEPT;
    private final Set<UUID> refused = ConcurrentHashMap.newKeySet();
    private final Map<UUID, JsonObject> stored = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicInteger> arrivals = new ConcurrentHashMap<>();
    private final Map<UUID, Integer> attachmentParts = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger conflicts = new AtomicInteger();
    private final AtomicInteger unauthorised = new AtomicInteger();

    public TestLrs() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/xapi", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** The xAPI endpoint, as an administrator would give it. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/xapi";
    }

    public void mode(Mode newMode) {
        this.mode = newMode;
    }

    /** Statements it answers with 400, as an LRS does a statement it finds invalid. */
    public void refuse(UUID statementId) {
        refused.add(statementId);
    }

    public void accept(UUID statementId) {
        refused.remove(statementId);
    }

    /** Which statements it holds. */
    public Set<UUID> stored() {
        return Set.copyOf(stored.keySet());
    }

    /** How many times a statement arrived, accepted or not. */
    public int arrivals(UUID statementId) {
        AtomicInteger count = arrivals.get(statementId);
        return count == null ? 0 : count.get();
    }

    public int attachmentParts(UUID statementId) {
        return attachmentParts.getOrDefault(statementId, 0);
    }

    /** The requests received, as "METHOD /path?query". */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** Times a known id came with other content: the target would have had to keep two statements under it. */
    public int conflicts() {
        return conflicts.get();
    }

    public int unauthorised() {
        return unauthorised.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(exchange.getRequestMethod() + " " + path + (query == null ? "" : "?" + query));
        switch (mode) {
            case HANG -> {
                hang(exchange);
                return;
            }
            // The server closes the connection without an answer when a handler throws.
            case DROP -> throw new IOException("dropped on purpose");
            case FAIL -> {
                answer(exchange, 503, "{\"error\":\"down for maintenance\"}");
                return;
            }
            default -> {
            }
        }
        if (path.endsWith("/about")) {
            answer(exchange, 200, "{\"version\":[\"1.0.3\",\"1.0.2\"]}");
            return;
        }
        String expected = "Basic " + java.util.Base64.getEncoder()
                .encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || !"1.0.3".equals(exchange.getRequestHeaders().getFirst("X-Experience-API-Version"))) {
            unauthorised.incrementAndGet();
            answer(exchange, 401, "{\"error\":\"unauthorized\"}");
            return;
        }
        if (exchange.getRequestMethod().equals("GET")) {
            answer(exchange, 200, "{\"statements\":[],\"more\":\"\"}");
            return;
        }
        try {
            store(exchange, body, query);
        } catch (RuntimeException broken) {
            // Said, rather than a dropped connection: a test should not mistake its own bug for the DROP mode.
            answer(exchange, 500, "{\"error\":\"" + broken + "\"}");
        }
    }

    private void store(HttpExchange exchange, byte[] body, String query) throws IOException {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        String json = new String(body, StandardCharsets.UTF_8);
        int parts = 0;
        if (contentType != null && contentType.startsWith("multipart/mixed")) {
            List<MultipartMixed.Part> all = MultipartMixed.parse(body, MultipartMixed.boundary(contentType));
            json = new String(all.get(0).content(), StandardCharsets.UTF_8);
            parts = all.size() - 1;
        }
        JsonStructure sent = Json.createReader(new StringReader(json)).read();
        List<JsonObject> statements = new ArrayList<>();
        if (sent.getValueType() == JsonValue.ValueType.ARRAY) {
            sent.asJsonArray().forEach(v -> statements.add(v.asJsonObject()));
        } else {
            statements.add(sent.asJsonObject());
        }
        if (query != null && query.startsWith("statementId=")
                && !statements.get(0).getString("id").equals(query.substring("statementId=".length()))) {
            answer(exchange, 400, "{\"error\":\"the statement's id differs from statementId\"}");
            return;
        }
        for (JsonObject statement : statements) {
            arrivals.computeIfAbsent(UUID.fromString(statement.getString("id")), k -> new AtomicInteger())
                    .incrementAndGet();
        }
        for (JsonObject statement : statements) {
            UUID id = UUID.fromString(statement.getString("id"));
            if (refused.contains(id)) {
                answer(exchange, 400, "{\"error\":\"statement " + id + " is not valid here\"}");
                return;
            }
        }
        // All or nothing, as an LRS stores a batch.
        for (JsonObject statement : statements) {
            JsonObject known = stored.get(UUID.fromString(statement.getString("id")));
            if (known != null && !known.equals(statement)) {
                conflicts.incrementAndGet();
                answer(exchange, 409, "{\"error\":\"another statement has this id\"}");
                return;
            }
        }
        for (JsonObject statement : statements) {
            UUID id = UUID.fromString(statement.getString("id"));
            stored.putIfAbsent(id, statement);
            if (parts > 0) {
                attachmentParts.put(id, parts);
            }
        }
        if (mode == Mode.STORE_AND_HANG) {
            hang(exchange);
        } else if (exchange.getRequestMethod().equals("PUT")) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        } else {
            answer(exchange, 200, statements.stream().map(s -> "\"" + s.getString("id") + "\"")
                    .collect(java.util.stream.Collectors.joining(",", "[", "]")));
        }
    }

    private void hang(HttpExchange exchange) {
        try {
            closing.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.close();
    }

    /** Stores a statement under an id as if someone else had sent it, so our own makes a conflict. */
    public void holdOther(UUID id) {
        stored.put(id, Json.createObjectBuilder().add("id", id.toString()).add("other", true).build());
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
