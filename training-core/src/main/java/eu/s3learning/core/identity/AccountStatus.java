package eu.s3learning.core.identity;

public enum AccountStatus {
    /** Registered; the e-mail address has not been confirmed yet. */
    PENDING_VERIFICATION,
    ACTIVE,
    /** Closed by an administrator; may be reactivated. */
    DEACTIVATED
}
