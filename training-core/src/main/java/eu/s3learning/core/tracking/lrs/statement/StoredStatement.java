package eu.s3learning.core.tracking.lrs.statement;

import java.time.Instant;
import java.util.UUID;

/** A statement as the store holds it: its JSON as first written (the exact format), and what the LRS tracks. */
public record StoredStatement(long seq, UUID id, Instant stored, boolean voided, boolean hasAttachments, Long clientId,
        String body) {
}
