package eu.s3learning.core.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the current version. Flyway owns the schema: the same SQL runs on
 * MariaDB and on the embedded H2 database in MariaDB mode.
 */
public final class SchemaMigration {

    private SchemaMigration() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .callbacks(new EmbeddedIdentityCaches())
                .load()
                .migrate();
    }
}
