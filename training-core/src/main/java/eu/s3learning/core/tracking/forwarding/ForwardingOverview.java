package eu.s3learning.core.tracking.forwarding;

import static eu.s3learning.core.tracking.forwarding.ForwardingOutbox.instant;

import eu.s3learning.core.persistence.TransactionBound;
import eu.s3learning.core.tracking.lrs.statement.StatementStoreFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Every endpoint with its queue, dead letters and delivery state, in one query. */
@ApplicationScoped
public class ForwardingOverview {

    @Inject
    @TransactionBound
    DataSource dataSource;

    protected ForwardingOverview() {
    }

    public ForwardingOverview(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<EndpointReport> endpoints() {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT e.id, e.name, e.endpoint, e.api_key, e.secret_hint, e.programme_id, p.title,"
                        + " q.queued, q.oldest, q.dead, s.delivered, s.last_delivered_us, s.failures, s.retry_us,"
                        + " s.last_error, s.last_error_us, s.lag_alerted_us"
                        + " FROM external_lrs e JOIN external_lrs_status s ON s.endpoint_id = e.id"
                        + " LEFT JOIN programme p ON p.id = e.programme_id"
                        + " LEFT JOIN (SELECT endpoint_id,"
                        + " SUM(CASE WHEN dead_us IS NULL THEN 1 ELSE 0 END) AS queued,"
                        + " MIN(CASE WHEN dead_us IS NULL THEN queued_us END) AS oldest,"
                        + " SUM(CASE WHEN dead_us IS NULL THEN 0 ELSE 1 END) AS dead"
                        + " FROM lrs_forward GROUP BY endpoint_id) q ON q.endpoint_id = e.id"
                        + " ORDER BY e.name");
             ResultSet rows = select.executeQuery()) {
            List<EndpointReport> reports = new ArrayList<>();
            while (rows.next()) {
                reports.add(new EndpointReport(rows.getLong(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), nullableLong(rows, 6), rows.getString(7),
                        rows.getLong(8), nullableInstant(rows, 9), rows.getLong(10), rows.getLong(11),
                        nullableInstant(rows, 12), rows.getInt(13), nullableInstant(rows, 14), rows.getString(15),
                        nullableInstant(rows, 16), nullableInstant(rows, 17)));
            }
            return reports;
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private static Instant nullableInstant(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : instant(value);
    }
}
