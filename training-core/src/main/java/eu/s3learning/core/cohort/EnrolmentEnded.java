package eu.s3learning.core.cohort;

/**
 * Fired, inside the transaction, when an enrolment is withdrawn: features that hold something
 * for the enrolment (seats in live sessions) let it go in the same transaction.
 */
public record EnrolmentEnded(long enrolmentId, long actorId) {
}
