package eu.s3learning.core.tracking.forwarding;

import static eu.s3learning.core.tracking.forwarding.ForwardingOutbox.micros;
import static eu.s3learning.core.tracking.forwarding.ForwardingOutbox.setText;

import eu.s3learning.core.persistence.TransactionBound;
import eu.s3learning.core.tracking.lrs.statement.StatementStoreFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javax.sql.DataSource;

/**
 * How delivery to each endpoint goes: whether it is due or backing off, its last error and its figures, and
 * whether its current lag episode has been announced. Updated by the senders after every request.
 */
@ApplicationScoped
public class EndpointStatus {

    @Inject
    @TransactionBound
    DataSource dataSource;

    protected EndpointStatus() {
    }

    public EndpointStatus(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The endpoints not backing off at this moment, whether or not anything waits for them. */
    public List<ForwardingTarget> due(Instant now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT e.id, e.name, e.endpoint, e.api_key, e.secret FROM external_lrs e"
                        + " JOIN external_lrs_status s ON s.endpoint_id = e.id"
                        + " WHERE s.retry_us IS NULL OR s.retry_us <= ? ORDER BY e.id")) {
            select.setLong(1, micros(now));
            List<ForwardingTarget> due = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(new ForwardingTarget(rows.getLong(1), rows.getString(2),
                            new LrsEndpoint(URI.create(rows.getString(3))), rows.getString(4), rows.getString(5)));
                }
            }
            return due;
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    /** A new endpoint starts due, with nothing delivered. */
    @Transactional
    public void start(long endpointId) {
        execute("INSERT INTO external_lrs_status (endpoint_id, failures, delivered) VALUES (?, 0, 0)", endpointId);
    }

    /**
     * The endpoint answered (it is up): it is due again at once. {@code delivered} statements reached it; an error
     * (a refusal) is kept to be shown.
     */
    @Transactional
    public void answered(long endpointId, int delivered, String error, Instant now) {
        String sql = "UPDATE external_lrs_status SET failures = 0, retry_us = NULL, delivered = delivered + ?"
                + (delivered > 0 ? ", last_delivered_us = ?" : "")
                + (error != null ? ", last_error = ?, last_error_us = ?" : "") + " WHERE endpoint_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            int p = 1;
            update.setInt(p++, delivered);
            if (delivered > 0) {
                update.setLong(p++, micros(now));
            }
            if (error != null) {
                setText(update, p++, error);
                update.setLong(p++, micros(now));
            }
            update.setLong(p, endpointId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    /**
     * The endpoint failed once more in a row: it backs off for the delay its count of failures gives.
     *
     * @return that count
     */
    @Transactional
    public int failed(long endpointId, String error, Instant now, IntFunction<Duration> delayAfter) {
        try (Connection c = dataSource.getConnection()) {
            int failures;
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT failures FROM external_lrs_status WHERE endpoint_id = ? FOR UPDATE")) {
                select.setLong(1, endpointId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return 0;
                    }
                    failures = rows.getInt(1) + 1;
                }
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE external_lrs_status SET failures = ?,"
                    + " retry_us = ?, last_error = ?, last_error_us = ? WHERE endpoint_id = ?")) {
                update.setInt(1, failures);
                update.setLong(2, micros(now.plus(delayAfter.apply(failures))));
                setText(update, 3, error);
                update.setLong(4, micros(now));
                update.setLong(5, endpointId);
                update.executeUpdate();
            }
            return failures;
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    /**
     * Marks the endpoint's lag episode as announced, in the caller's transaction (with the mails that announce it).
     *
     * @return false when it already was: by another sender, or earlier in this episode
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean startLagEpisode(long endpointId, Instant now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE external_lrs_status SET lag_alerted_us = ? WHERE endpoint_id = ? AND lag_alerted_us IS NULL")) {
            update.setLong(1, micros(now));
            update.setLong(2, endpointId);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    /** The endpoint has caught up: a later lag is a new episode, announced again. */
    @Transactional
    public void endLagEpisode(long endpointId) {
        execute("UPDATE external_lrs_status SET lag_alerted_us = NULL WHERE endpoint_id = ?", endpointId);
    }

    private void execute(String sql, long endpointId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, endpointId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }
}
