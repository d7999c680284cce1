package eu.s3learning.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.persistence.SchemaMigration;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The runnable bundle started as processes of its own, one after another, on a database of the test's own: a
 * MariaDB database made for it when S3_DB_URL names MariaDB (dropped at the end), else an H2 file database like
 * the embedded one (which only the test or one platform can open at a time). The schema is migrated first, so a
 * test can write what the platform should find when it starts.
 */
final class RunnableBundle implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path work;
    private final Map<String, String> environment = new HashMap<>();
    private final DataSource dataSource;
    private final Runnable drop;
    private final int port;

    RunnableBundle(String name) throws Exception {
        work = Path.of(System.getProperty("s3.it.bundle")).getParent().resolve(name);
        Files.createDirectories(work);
        String url = System.getenv("S3_DB_URL");
        if (url != null && url.startsWith("jdbc:mariadb:")) {
            String database = "s3_" + name.replaceAll("[^a-z]", "") + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            String user = System.getenv("S3_DB_USER");
            String password = System.getenv().getOrDefault("S3_DB_PASSWORD", "");
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            String own = url.replaceFirst("(jdbc:mariadb://[^/]+/)[^?]*", "$1" + database);
            environment.put("S3_DB_URL", own);
            environment.put("S3_DB_USER", user == null ? "" : user);
            environment.put("S3_DB_PASSWORD", password);
            org.mariadb.jdbc.MariaDbDataSource mariaDb = new org.mariadb.jdbc.MariaDbDataSource(own);
            mariaDb.setUser(user);
            mariaDb.setPassword(password);
            dataSource = mariaDb;
            drop = () -> {
                try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE " + database);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            };
        } else {
            Path data = Files.createTempDirectory(work, "data");
            // The embedded database exactly as the platform makes it under its data directory.
            environment.put("S3_DATA_DIR", data.toString());
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL("jdbc:h2:file:" + data.toAbsolutePath() + "/s3;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE");
            h2.setUser("sa");
            h2.setPassword("");
            dataSource = h2;
            drop = () -> { };
        }
        SchemaMigration.migrate(dataSource);
        port = freePort();
        environment.put("S3_PUBLIC_URL", "http://localhost:" + port);
        environment.put("S3_DEMO", "false");
        environment.put("S3_ADMIN_EMAIL", "");
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /** The platform's database, for the test to prepare or to read while no platform runs (H2 allows one user). */
    DataSource dataSource() {
        return dataSource;
    }

    Path work() {
        return work;
    }

    /** Sets an environment variable of the platforms started from now on; {@code null} removes it. */
    RunnableBundle with(String variable, String value) {
        if (value == null) {
            environment.remove(variable);
        } else {
            environment.put(variable, value);
        }
        return this;
    }

    /** A port nothing listens on, for a service the platform should find down. */
    static int closedPort() throws IOException {
        return freePort();
    }

    /** Starts a platform and returns once it is ready; its output goes to {@code <name>.log} in the work folder. */
    Process start(String name) throws Exception {
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

    String base() {
        return "http://localhost:" + port + "/";
    }

    @Override
    public void close() {
        drop.run();
    }
}
