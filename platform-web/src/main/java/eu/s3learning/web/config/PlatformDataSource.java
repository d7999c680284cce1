package eu.s3learning.web.config;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The database the platform runs on, chosen at start: MariaDB when {@code S3_DB_URL} is set,
 * otherwise the embedded H2 file database in MariaDB mode under the data directory. The
 * container pools the connections this hands out.
 * <p>
 * One class serves both because {@code @DataSourceDefinition} fixes its class name at compile
 * time, while the choice of database is made by configuration.
 */
public class PlatformDataSource implements DataSource {

    private volatile Target target;
    private int loginTimeout;
    private PrintWriter logWriter;

    private record Target(Driver driver, String url, Properties credentials) {
    }

    private Target target() {
        Target current = target;
        if (current == null) {
            current = resolve(ConfigProvider.getConfig(PlatformDataSource.class.getClassLoader()));
            target = current;
        }
        return current;
    }

    static Target resolve(Config config) {
        String url = config.getOptionalValue("s3.db.url", String.class).filter(u -> !u.isBlank())
                .orElseGet(() -> embeddedUrl(config.getOptionalValue("s3.data.dir", String.class).orElse("./data")));
        Properties credentials = new Properties();
        if (url.startsWith("jdbc:h2:")) {
            credentials.setProperty("user", config.getOptionalValue("s3.db.user", String.class).orElse("sa"));
            credentials.setProperty("password", config.getOptionalValue("s3.db.password", String.class).orElse(""));
            return new Target(new org.h2.Driver(), url, credentials);
        }
        if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            config.getOptionalValue("s3.db.user", String.class).ifPresent(u -> credentials.setProperty("user", u));
            credentials.setProperty("password", config.getOptionalValue("s3.db.password", String.class).orElse(""));
            // The LRS stores a single statement with its index rows in one round trip (JdbcStatementStore). Every
            // query the platform sends is prepared, its values bound, never text pasted into SQL, so several
            // statements per query open no way in.
            credentials.setProperty("allowMultiQueries", "true");
            return new Target(new org.mariadb.jdbc.Driver(), url.replaceFirst("^jdbc:mysql:", "jdbc:mariadb:"), credentials);
        }
        // The URL is not echoed: it may carry a password.
        throw new IllegalStateException("S3_DB_URL must start with jdbc:mariadb: or jdbc:h2:");
    }

    /**
     * WRITE_DELAY=0: H2 otherwise writes a commit up to 500 ms after reporting it, and a killed process lost a
     * thousand acknowledged xAPI statements of 20,000 (bench/lrs-crash embedded); learner data must be written
     * before success is reported. LOCK_TIMEOUT=20000: H2 gives up waiting for a row lock after 2 s, and a burst
     * of 200 sign-ups for one session queues longer than that for the session's lock (MariaDB waits 50 s).
     */
    static String embeddedUrl(String dataDir) {
        String dir = java.nio.file.Path.of(dataDir).toAbsolutePath().normalize().toString().replace('\\', '/');
        return "jdbc:h2:file:" + dir + "/s3;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE;WRITE_DELAY=0;LOCK_TIMEOUT=20000";
    }

    @Override
    public Connection getConnection() throws SQLException {
        Target t = target();
        Connection connection = t.driver().connect(t.url(), t.credentials());
        if (connection == null) {
            throw new SQLException("No driver accepts " + t.url());
        }
        return connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
