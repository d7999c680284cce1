package eu.s3learning.core.tracking.forwarding;

/** An external LRS was added, changed or removed: who receives which statements may have changed. */
public record ExternalLrsChanged(long endpointId) {
}
