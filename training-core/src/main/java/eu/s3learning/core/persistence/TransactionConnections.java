package eu.s3learning.core.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Connections for the plain JDBC code (the LRS's stores, the forwarding outbox) that give, inside a transaction,
 * the very connection the persistence context works on. The container did not share it: a transaction that had
 * written through JPA and then stored its xAPI statement took a second connection from the pool. Under a burst of
 * sign-ups every pooled connection was held by a request waiting for the session's row lock, while the request
 * holding that lock waited for a second connection: nobody moved until the lock wait timed out (bench/seat-race,
 * 500 answers). One connection per transaction cannot starve that way, and what both write commits as one.
 * A local transaction's connection is shared the same way.
 */
@ApplicationScoped
public class TransactionConnections {

    @Resource(lookup = "java:app/jdbc/s3")
    DataSource pool;

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Produces
    @TransactionBound
    DataSource dataSource() {
        return new Shared();
    }

    /**
     * The connection of the thread's transaction, not to be closed by its borrower: a local transaction's
     * ({@link LocalTransactions}), or the persistence context's in a JTA transaction; null outside both.
     */
    private Connection transactionConnection() {
        Connection held = LocalTransactions.connection();
        if (held == null) {
            if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
                return null;
            }
            held = em.unwrap(Connection.class);
        }
        if (held == null) {
            return null;
        }
        Connection borrowed = held;
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        return null;
                    }
                    try {
                        return method.invoke(borrowed, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private final class Shared implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            Connection shared = transactionConnection();
            return shared != null ? shared : pool.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return pool.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return pool.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return pool.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return pool.isWrapperFor(type);
        }
    }
}
