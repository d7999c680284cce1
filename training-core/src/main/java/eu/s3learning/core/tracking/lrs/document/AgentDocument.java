package eu.s3learning.core.tracking.lrs.document;

import java.time.Instant;

/** A State or Agent Profile document kept for an agent, as a person's data export lists it. */
public record AgentDocument(DocumentKind kind, String documentId, String contentType, byte[] content, Instant updated) {
}
