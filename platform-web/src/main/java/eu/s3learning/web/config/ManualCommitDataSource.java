package eu.s3learning.web.config;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The platform's database with connections that start in manual commit, for the pool of local transactions
 * (LocalTransactions). Switched there once per physical connection instead of at every checkout: the pool restores
 * autocommit after each use, which cost two round trips to the database per single xAPI statement.
 */
public class ManualCommitDataSource extends PlatformDataSource {

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = super.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }
}
