package eu.s3learning.core.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Transactions of the database alone, for plain JDBC work that touches nothing else: an LRS client's statements.
 * Such a write needs no transaction manager, and going through one cost a fifth of the server's CPU for a single
 * statement (begin and commit, enlisting the connection, two more round trips to switch autocommit off and on
 * again; bench/lrs-ingest). The work runs on a connection of the pool that JTA does not manage, which stays in
 * manual commit; code that asks the {@link TransactionBound} data source meanwhile gets that very connection, so
 * the statements and what observers write with them (the forwarding outbox) commit together or not at all.
 */
@ApplicationScoped
public class LocalTransactions {

    private static final ThreadLocal<Bound> CURRENT = new ThreadLocal<>();

    @Resource(lookup = "java:app/jdbc/s3-local")
    DataSource pool;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private static final class Bound {
        final Connection connection;
        final List<Consumer<Boolean>> afterCompletion = new ArrayList<>();

        Bound(Connection connection) {
            this.connection = connection;
        }
    }

    /**
     * Runs the work in a new local transaction and commits it before returning; any failure rolls it back and is
     * thrown on. Refused inside a JTA transaction, whose work would not commit with this.
     */
    public <T> T inTransaction(Supplier<T> work) {
        if (CURRENT.get() != null || transactions != null
                && transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            throw new IllegalStateException("A local transaction cannot run inside another transaction");
        }
        Bound bound;
        try {
            bound = new Bound(pool.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("No database connection for a local transaction", e);
        }
        try {
            if (bound.connection.getAutoCommit()) {
                bound.connection.setAutoCommit(false);
            }
        } catch (SQLException e) {
            close(bound.connection);
            throw new IllegalStateException("No database connection for a local transaction", e);
        }
        CURRENT.set(bound);
        boolean committed = false;
        try {
            T result = work.get();
            bound.connection.commit();
            committed = true;
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("The database did not commit a local transaction", e);
        } finally {
            CURRENT.remove();
            try {
                if (!committed) {
                    bound.connection.rollback();
                }
            } catch (SQLException rollbackFailed) {
                // The pool's validation discards a connection that no longer works.
            } finally {
                close(bound.connection);
            }
            for (Consumer<Boolean> callback : bound.afterCompletion) {
                callback.accept(committed);
            }
        }
    }

    /** The current thread's local transaction's connection, or null when it has none. */
    static Connection connection() {
        Bound bound = CURRENT.get();
        return bound == null ? null : bound.connection;
    }

    /** Whether the current thread runs a local transaction. */
    public static boolean active() {
        return CURRENT.get() != null;
    }

    /** Runs the callback (with whether it committed) once the current local transaction has ended. */
    public static void afterCompletion(Consumer<Boolean> callback) {
        Bound bound = CURRENT.get();
        if (bound == null) {
            throw new IllegalStateException("No local transaction is running");
        }
        bound.afterCompletion.add(callback);
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing returns it to the pool; there is nothing left to undo.
        }
    }
}
