package eu.s3learning.core.journal;

/** A learning event to record: what happened, to whom and where, who did it, and a detail where the type has one. */
public record JournalEntry(LearningEventType type, LearningEventSubject subject, Long actorId, String detail) {
}
