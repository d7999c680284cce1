package eu.s3learning.web.config;

import eu.s3learning.core.bootstrap.AccountBootstrap;
import eu.s3learning.core.bootstrap.DemoProgramme;
import eu.s3learning.core.persistence.SchemaMigration;
import eu.s3learning.core.scheduling.SessionNotices;
import eu.s3learning.core.settings.PlatformSettings;
import eu.s3learning.core.tracking.forwarding.ExternalLrsRegistry;
import eu.s3learning.core.tracking.forwarding.ForwardingSettings;
import eu.s3learning.core.tracking.lrs.client.LrsClients;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs once at start, before the platform serves anything: migrates the schema, then creates
 * the accounts that must exist (first administrator, demo accounts in demo mode) and the LRS
 * client named by S3_XAPI_KEY and S3_XAPI_SECRET, and seals external LRS secrets.
 */
@DataSourceDefinitions({
        // The pool opens all its connections at start and keeps them. Growing on demand, it opened them in the
        // middle of a burst of requests (trainees signing up when places open: a twentieth of the server's work in
        // the second race of bench/seat-race), and it would close them again after maxIdleTime without use, for
        // the next burst to pay once more.
        @DataSourceDefinition(
                name = "java:app/jdbc/s3",
                className = "eu.s3learning.web.config.PlatformDataSource",
                minPoolSize = 32,
                initialPoolSize = 0,
                maxPoolSize = 32,
                maxIdleTime = 300,
                isolationLevel = PlatformStartup.ISOLATION,
                properties = {PlatformStartup.VALIDATE, PlatformStartup.VALIDATE_BY, PlatformStartup.VALIDATOR,
                        PlatformStartup.VALIDATE_AT_MOST, PlatformStartup.FAIL_ALL, PlatformStartup.STATEMENT_CACHE,
                        PlatformStartup.STATEMENT_CACHE_TYPE}),
        // The same database without JTA, for local transactions (LocalTransactions): an LRS client's statements.
        @DataSourceDefinition(
                name = "java:app/jdbc/s3-local",
                className = "eu.s3learning.web.config.ManualCommitDataSource",
                transactional = false,
                minPoolSize = 0,
                initialPoolSize = 0,
                maxPoolSize = 32,
                maxIdleTime = 300,
                isolationLevel = PlatformStartup.ISOLATION,
                properties = {PlatformStartup.VALIDATE, PlatformStartup.VALIDATE_BY, PlatformStartup.VALIDATOR,
                        PlatformStartup.VALIDATE_AT_MOST, PlatformStartup.FAIL_ALL, PlatformStartup.STATEMENT_CACHE,
                        PlatformStartup.STATEMENT_CACHE_TYPE})
})
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformStartup {

    // Rules that lock a row and then count (seats, places) must see what was committed while they waited for the
    // lock; MariaDB's default REPEATABLE READ would show them the snapshot of their first read instead, and the
    // last seat could be given twice.
    static final int ISOLATION = Connection.TRANSACTION_READ_COMMITTED;
    static final String VALIDATE = "fish.payara.is-connection-validation-required=true";
    static final String VALIDATE_BY = "fish.payara.connection-validation-method=custom-validation";
    static final String VALIDATOR = "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation";
    // Validating at every checkout cost a round trip to the database and a class lookup by name: a fifth of the
    // server's CPU for a single xAPI statement (bench/lrs-ingest). A connection used in the last 30 s is taken as
    // good; a dead one still fails all the others with it (below).
    static final String VALIDATE_AT_MOST = "fish.payara.validate-atmost-once-period-in-seconds=30";
    static final String FAIL_ALL = "fish.payara.fail-all-connections=true";
    // Each connection keeps its prepared statements: the embedded H2 otherwise parses every query again (a
    // sign-up's gate check fell from 0.98 to 0.76 ms of CPU). The type must be given, blank for the LRU cache: left
    // out, Payara reads it as the class "null" (payara/Payara#6647) and caches nothing.
    static final String STATEMENT_CACHE = "fish.payara.statement-cache-size=128";
    static final String STATEMENT_CACHE_TYPE = "fish.payara.statement-cache-type= ";

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Resource(lookup = "java:app/jdbc/s3")
    DataSource dataSource;

    @Inject
    AccountBootstrap accounts;

    @Inject
    DemoProgramme demoProgramme;

    @Inject
    PlatformSettings settings;

    @Inject
    LrsClients lrsClients;

    @Inject
    ExternalLrsRegistry externalLrs;

    @Inject
    ForwardingSettings forwardingSettings;

    @Inject
    @ConfigProperty(name = "s3.xapi.key")
    Optional<String> xapiKey;

    @Inject
    @ConfigProperty(name = "s3.xapi.secret")
    Optional<String> xapiSecret;

    /**
     * Refuses forwarding settings out of range; seals the external LRS secrets kept as given once S3_SECRET_KEY is
     * set (and refuses to start with a key that is not one), or says plainly that they are kept as given.
     */
    private void prepareForwarding() {
        forwardingSettings.check();
        if (externalLrs.sealsSecrets()) {
            int sealed = externalLrs.sealStoredSecrets();
            if (sealed > 0) {
                LOG.info(() -> sealed + " external LRS secret(s) sealed with S3_SECRET_KEY");
            }
        } else if (!externalLrs.all().isEmpty()) {
            LOG.warning("External LRS secrets are stored as given: set S3_SECRET_KEY to seal them");
        }
    }

    /** Which database and version the platform talks to: the server's own H2 once stood in for the one we ship. */
    private String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
    }

    @PostConstruct
    void start() {
        MigrateResult migration = SchemaMigration.migrate(dataSource);
        String database = databaseProduct();
        LOG.info(() -> "Schema at version " + migration.targetSchemaVersion + " on "
                + (settings.embeddedDatabase() ? "the embedded database, " : "") + database
                + (settings.demoMode() ? " (demo mode)" : ""));
        accounts.createAccounts();
        xapiKey.filter(key -> !key.isBlank()).ifPresent(key -> {
            lrsClients.provision(key, xapiSecret.orElse(""));
            LOG.info(() -> "LRS client " + key + " provisioned from S3_XAPI_KEY with every scope");
        });
        if (settings.demoMode()) {
            demoProgramme.create();
        }
        prepareForwarding();
        // The zone new cohorts and venues are given by default; any zone loads the time-zone database.
        SessionNotices.loadWhatAMailNeeds(ZoneId.of("Europe/Bucharest"), Instant.now());
    }
}
