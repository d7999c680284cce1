package eu.s3learning.core.progress;

/** Fired inside the transaction of the completion that finished every phase of a journey. */
public record JourneyCompleted(Journey journey) {
}
