package eu.s3learning.core.journal;

import java.util.List;

/**
 * Fired, synchronously and in the recording transaction, when learning events are written: the tracking turns them
 * into xAPI statements before the transaction commits, and a failure there rolls the change back.
 */
public record LearningEventsRecorded(List<LearningEvent> events) {
}
