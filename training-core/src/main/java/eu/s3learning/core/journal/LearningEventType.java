package eu.s3learning.core.journal;

/** What can happen in a learner's journey; each becomes an xAPI statement in the tracking. */
public enum LearningEventType {
    REGISTERED,
    ENROLMENT_REQUESTED,
    ENROLLED,
    WAITLISTED,
    ENROLMENT_REFUSED,
    WITHDRAWN,
    UNIT_EXPERIENCED,
    UNIT_COMPLETED,
    PHASE_COMPLETED,
    SESSION_SIGNED_UP,
    SESSION_WAITLISTED,
    SESSION_LEFT,
    ATTENDED,
    ABSENT,
    WRAP_UP_UNLOCKED_BY_TRAINER,
    CERTIFICATE_ISSUED,
    CERTIFICATE_REVOKED
}
