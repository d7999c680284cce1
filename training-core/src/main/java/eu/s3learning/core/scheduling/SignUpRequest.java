package eu.s3learning.core.scheduling;

/** A trainee's admissible request for a place at a session, waiting to be booked. */
public record SignUpRequest(long personId, long enrolmentId) {
}
