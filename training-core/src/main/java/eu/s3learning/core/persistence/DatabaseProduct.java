package eu.s3learning.core.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Whether the database behind a data source is MariaDB or the embedded H2, read from the first connection asked
 * and kept: plain JDBC code that writes many rows at once words its INSERTs for one or the other (MariaDB's
 * driver reports only the first generated key of a multi-row insert, so MariaDB is asked with RETURNING).
 * One per data source user: the tests run both databases in one JVM.
 */
public final class DatabaseProduct {

    private volatile Boolean mariaDb;

    public boolean isMariaDb(Connection c) throws SQLException {
        Boolean known = mariaDb;
        if (known == null) {
            known = c.getMetaData().getDatabaseProductName().equals("MariaDB");
            mariaDb = known;
        }
        return known;
    }
}
