package eu.s3learning.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.persistence.SchemaMigration;
import eu.s3learning.core.tracking.forwarding.SecretSeal;
import eu.s3learning.core.tracking.forwarding.TestLrs;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The runnable bundle, started twice on one database while statements arrive and the external LRS (a test server
 * in this JVM) loses its answers and drops connections; the first platform is killed (SIGKILL) with deliveries in
 * flight. Afterwards every statement the platform's LRS holds is at the external LRS, each stored there once, and
 * some arrived twice: what was delivered without the platform learning it was sent again, and the statement id
 * made that harmless. On MariaDB when S3_DB_URL names one (a database of its own), else on an H2 file database
 * like the embedded one.
 */
class ForwardingRestartIT {

    private static final String KEY = "restart-lrs";
    private static final String SECRET = "restart-lrs-secret-0123456789abcdefgh";
    private static final String SECRET_KEY = "cmVzdGFydC10ZXN0LWtleS0wMTIzNDU2Nzg5YWJjZGU=";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path work = Path.of(System.getProperty("s3.it.bundle")).getParent().resolve("restart-it");
    private final Map<String, String> environment = new HashMap<>();
    private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean writing = new AtomicBoolean(true);
    private int port;

    @Test
    void aPlatformKilledMidDeliveryLosesNothingAndTheTargetStoresEachStatementOnce() throws Exception {
        try (TestLrs target = new TestLrs()) {
            Database database = database();
            try {
                configure(database, target);
                Process first = start("first");
                Thread writer = new Thread(this::writeStatements, "statement writer");
                writer.start();
                Thread.sleep(3_000);
                target.mode(TestLrs.Mode.STORE_AND_HANG);
                Thread.sleep(2_000);
                first.destroyForcibly().waitFor();
                target.mode(TestLrs.Mode.DROP);

                Process second = start("second");
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
            } finally {
                database.drop();
            }
        }
    }

    /** A database of this test's own, migrated, so that the external LRS can be written before the first start. */
    private Database database() throws Exception {
        Files.createDirectories(work);
        String url = System.getenv("S3_DB_URL");
        if (url != null && url.startsWith("jdbc:mariadb:")) {
            String name = "s3_restart_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            String user = System.getenv("S3_DB_USER");
            String password = System.getenv().getOrDefault("S3_DB_PASSWORD", "");
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            String own = url.replaceFirst("(jdbc:mariadb://[^/]+/)[^?]*", "$1" + name);
            environment.put("S3_DB_URL", own);
            environment.put("S3_DB_USER", user == null ? "" : user);
            environment.put("S3_DB_PASSWORD", password);
            org.mariadb.jdbc.MariaDbDataSource dataSource = new org.mariadb.jdbc.MariaDbDataSource(own);
            dataSource.setUser(user);
            dataSource.setPassword(password);
            return new Database(dataSource, () -> {
                try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE " + name);
                }
            });
        }
        Path data = Files.createTempDirectory(work, "data");
        // The embedded database exactly as the platform makes it under its data directory.
        environment.put("S3_DATA_DIR", data.toString());
        org.h2.jdbcx.JdbcDataSource dataSource = new org.h2.jdbcx.JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + data.toAbsolutePath() + "/s3;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return new Database(dataSource, () -> { });
    }

    private record Database(DataSource dataSource, Dropper dropper) {
        void drop() throws SQLException {
            dropper.drop();
        }
    }

    private interface Dropper {
        void drop() throws SQLException;
    }

    /** The schema and the external LRS, written as the administration page writes them (the secret sealed). */
    private void configure(Database database, TestLrs target) throws Exception {
        SchemaMigration.migrate(database.dataSource());
        try (Connection c = database.dataSource().getConnection()) {
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
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        environment.put("S3_PUBLIC_URL", "http://localhost:" + port);
        environment.put("S3_DEMO", "false");
        environment.put("S3_ADMIN_EMAIL", "");
        environment.put("S3_MAIL_OUTBOX", work.resolve("outbox").toString());
        environment.put("S3_XAPI_KEY", KEY);
        environment.put("S3_XAPI_SECRET", SECRET);
        environment.put("S3_SECRET_KEY", SECRET_KEY);
        environment.put("S3_XAPI_FORWARD_BATCH", "20");
        environment.put("S3_XAPI_FORWARD_SENDERS", "3");
        environment.put("S3_XAPI_FORWARD_RETRY_SECONDS", "1");
        environment.put("S3_XAPI_FORWARD_LONGEST_RETRY_MINUTES", "1");
        environment.put("S3_XAPI_FORWARD_CONNECT_TIMEOUT_SECONDS", "1");
        environment.put("S3_XAPI_FORWARD_TIMEOUT_SECONDS", "2");
    }

    private Process start(String name) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", System.getProperty("s3.it.bundle"),
                "--nocluster", "--nohazelcast", "--port", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            assertTrue(process.isAlive(), name + " platform stopped; see " + work.resolve(name + ".log"));
            assertTrue(System.nanoTime() < deadline, name + " platform not ready in 3 minutes");
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base() + "health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }

    private HttpRequest.Builder lrs(String path) {
        return HttpRequest.newBuilder(URI.create(base() + "xapi/" + path)).timeout(Duration.ofSeconds(10))
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
                    URI.create(base() + "health/ready")).build(), HttpResponse.BodyHandlers.ofString()).body()))
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
