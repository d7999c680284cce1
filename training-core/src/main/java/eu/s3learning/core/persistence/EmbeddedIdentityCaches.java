package eu.s3learning.core.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * After each migration on the embedded H2 database, lets every identity column hand out
 * {@value #CACHE} values per write of its sequence instead of H2's default 32. H2 writes a
 * sequence's state by committing the database's system session, and that commit stores every
 * page changed so far, the running transactions' included: a booking of 100 sign-ups takes about
 * 400 ids from four tables with identities, and so stored its growing set of pages about a dozen
 * times before its own commit (JFR: in 23 of 84 server samples of a seat race).
 *
 * <p>The cache costs nothing but gaps: H2 records the end of the cached range when it writes,
 * so after a crash the sequence resumes past it and no id is handed out twice. MariaDB keeps
 * its counters in the table's engine and has no such setting; there this does nothing. New
 * tables of later migrations are covered without anything to add, because the columns are read
 * from the schema.
 */
final class EmbeddedIdentityCaches implements Callback {

    static final int CACHE = 1000;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            List<String> alterations = new ArrayList<>();
            try (Statement query = connection.createStatement();
                 ResultSet columns = query.executeQuery("SELECT table_schema, table_name, column_name FROM information_schema.columns"
                         + " WHERE is_identity = 'YES' AND identity_cache < " + CACHE)) {
                while (columns.next()) {
                    alterations.add("ALTER TABLE " + quoted(columns.getString(1)) + "." + quoted(columns.getString(2))
                            + " ALTER COLUMN " + quoted(columns.getString(3)) + " SET CACHE " + CACHE);
                }
            }
            try (Statement alter = connection.createStatement()) {
                for (String alteration : alterations) {
                    alter.executeUpdate(alteration);
                }
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not set the embedded database's identity caches", failed);
        }
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    @Override
    public String getCallbackName() {
        return "embedded identity caches";
    }
}
