package eu.s3learning.core.tracking.lrs.document;

import java.time.Instant;

/** A document of the State or a Profile resource as stored: its id, content, type, ETag and last change. */
public record StoredDocument(String documentId, String contentType, byte[] content, String etag, Instant updated) {
}
