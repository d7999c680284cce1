package eu.s3learning.core.tracking.forwarding;

import java.util.List;
import java.util.UUID;

/**
 * Outbox rows a sender holds for one endpoint until its lease runs out. Every outcome is recorded under the token:
 * a sender whose lease ran out (it hung, or died and came back) changes nothing that another sender now holds.
 */
public record Claim(String token, long endpointId, List<Row> rows) {

    /** A statement to deliver, and how often the endpoint has refused it so far. */
    public record Row(long id, UUID statementId, int attempts) {
    }

    public Claim {
        rows = List.copyOf(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public List<UUID> statementIds() {
        return rows.stream().map(Row::statementId).toList();
    }
}
