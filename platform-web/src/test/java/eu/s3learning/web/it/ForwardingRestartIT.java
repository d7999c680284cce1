package eu.s3learning.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.tracking.forwarding.SecretSeal;
import eu.s3learning.core.tracking.forwarding.TestLrs;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The runnable bundle, started twice on one database while statements arrive and the external LRS (a test server
 * in this JVM) loses its answers and drops connections; the first platform is killed (SIGKILL) with deliveries in
 * flight. Afterwards every statement the platform's LRS holds is at the external LRS, each stored there once, and
 * some arrived twice: what was delivered without the platform learning it was sent again, and the statement id
 * made that harmless. On a database of the test's own (see {@link RunnableBundle}).
 */
class ForwardingRestartIT {

    private static final String KEY = "restart-lrs";
    private static final String SECRET = "restart-lrs-secret-0123456789abcdefgh";
    private static final String SECRET_KEY = "cmVzdGFydC10ZXN0LWtleS0wMTIzNDU2Nzg5YWJjZGU=";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean writing = new AtomicBoolean(true);
    private RunnableBundle bundle;

    @Test
    void aPlatformKilledMidDeliveryLosesNothingAndTheTargetStoresEachStatementOnce() throws Exception {
        try (TestLrs target = new TestLrs(); RunnableBundle platform = new RunnableBundle("restart-it")) {
            bundle = platform;
            configure(bundle, target);
            Process first = bundle.start("first");
            Thread writer = new Thread(this::writeStatements, "statement writer");
            writer.start();
            Thread.sleep(3_000);
            target.mode(TestLrs.Mode.STORE_AND_HANG);
            Thread.sleep(2_000);
            first.destroyForcibly().waitFor();
            target.mode(TestLrs.Mode.DROP);

            Process second = bundle.start("second");
            try {
                Thread.sleep(3_000);
                target.mode(TestLrs.Mode.ACCEPT);
                Thread.sleep(3_000);
                writing.set(false);
                writer.join();
                awaitEmptyOutbox();

                Set<UUID> held = statementsHeld();
                Set<UUID> lost = new HashSet<>(acknowledged);
                lost.removeAll(held);
                assertEquals(0, lost.size(), lost.size() + " of " + acknowledged.size()
                        + " acknowledged statements are not in the platform's LRS after the kill");
                assertTrue(acknowledged.size() > 100, acknowledged.size() + " statements written");
                assertEquals(held, target.stored(), "the external LRS has exactly what the platform holds");
                assertEquals(0, target.conflicts(), "a statement sent again was the same statement");
                long sentAgain = held.stream().filter(id -> target.arrivals(id) > 1).count();
                System.out.printf("restart: %d statements, %d arrived more than once, %d requests%n",
                        held.size(), sentAgain, target.requests().size());
                assertTrue(sentAgain > 0, "the deliveries whose answer was lost were sent again");
            } finally {
                second.destroy();
                second.waitFor();
            }
        }
    }

    /** The external LRS, written as the administration page writes it (the secret sealed), and the forwarding's settings. */
    private void configure(RunnableBundle bundle, TestLrs target) throws Exception {
        try (Connection c = bundle.dataSource().getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO external_lrs (name, endpoint, api_key,"
                    + " secret, secret_hint, created_at) VALUES ('Restart target', ?, ?, ?, '…', CURRENT_TIMESTAMP)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, target.endpoint());
                insert.setString(2, TestLrs.KEY);
                insert.setString(3, new SecretSeal(SECRET_KEY).seal(TestLrs.SECRET));
                insert.executeUpdate();
                try (var keys = insert.getGeneratedKeys(); PreparedStatement status = c.prepareStatement(
                        "INSERT INTO external_lrs_status (endpoint_id, failures, delivered) VALUES (?, 0, 0)")) {
                    keys.next();
                    status.setLong(1, keys.getLong(1));
                    status.executeUpdate();
                }
            }
        }
        bundle.with("S3_MAIL_OUTBOX", bundle.work().resolve("outbox").toString())
                .with("S3_XAPI_KEY", KEY)
                .with("S3_XAPI_SECRET", SECRET)
                .with("S3_SECRET_KEY", SECRET_KEY)
                .with("S3_XAPI_FORWARD_BATCH", "20")
                .with("S3_XAPI_FORWARD_SENDERS", "3")
                .with("S3_XAPI_FORWARD_RETRY_SECONDS", "1")
                .with("S3_XAPI_FORWARD_LONGEST_RETRY_MINUTES", "1")
                .with("S3_XAPI_FORWARD_CONNECT_TIMEOUT_SECONDS", "1")
                .with("S3_XAPI_FORWARD_TIMEOUT_SECONDS", "2");
    }

    private HttpRequest.Builder lrs(String path) {
        return HttpRequest.newBuilder(URI.create(bundle.base() + "xapi/" + path)).timeout(Duration.ofSeconds(10))
                .header("X-Experience-API-Version", "1.0.3")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8)));
    }

    /** Batches of five statements, as fast as the platform takes them; only acknowledged ones are counted. */
    private void writeStatements() {
        while (writing.get()) {
            List<UUID> batch = new ArrayList<>();
            StringBuilder json = new StringBuilder("[");
            for (int i = 0; i < 5; i++) {
                UUID id = UUID.randomUUID();
                batch.add(id);
                json.append(i == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"actor\":{\"mbox\":")
                        .append("\"mailto:ana@example.ro\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},")
                        .append("\"object\":{\"id\":\"http://it.s3-learning.test/restart/").append(i).append("\"}}");
            }
            try {
                HttpResponse<String> response = HTTP.send(lrs("statements").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.append("]").toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    acknowledged.addAll(batch);
                }
            } catch (IOException down) {
                pause();
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The outbox is empty when the health check says nothing waits and nothing was given up. */
    private void awaitEmptyOutbox() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            JsonObject data = Json.createReader(new StringReader(HTTP.send(HttpRequest.newBuilder(
                    URI.create(bundle.base() + "health/ready")).build(), HttpResponse.BodyHandlers.ofString()).body()))
                    .readObject().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("name").equals("xapi-forwarding")).findFirst().orElseThrow()
                    .getJsonObject("data");
            if (data.getString("queued").equals("0")) {
                assertEquals("0", data.getString("deadLetters"));
                return;
            }
            assertTrue(System.nanoTime() < deadline, "still waiting: " + data);
            Thread.sleep(500);
        }
    }

    /** Every statement the platform's LRS holds, page by page. */
    private Set<UUID> statementsHeld() throws Exception {
        Set<UUID> held = new HashSet<>();
        String next = "statements?limit=500";
        while (!next.isEmpty()) {
            JsonObject page = Json.createReader(new StringReader(HTTP.send(lrs(next).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body())).readObject();
            page.getJsonArray("statements").getValuesAs(JsonObject.class)
                    .forEach(s -> held.add(UUID.fromString(s.getString("id"))));
            String more = page.getString("more");
            next = more.isEmpty() ? "" : more.substring(more.indexOf("statements?"));
        }
        return held;
    }
}
