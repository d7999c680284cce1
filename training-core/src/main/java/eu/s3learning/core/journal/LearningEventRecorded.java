package eu.s3learning.core.journal;

/**
 * Fired, synchronously and in the recording transaction, when a learning event is written: the tracking turns it
 * into an xAPI statement before the transaction commits, and a failure there rolls the change back.
 */
public record LearningEventRecorded(LearningEvent event) {
}
