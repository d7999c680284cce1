package eu.s3learning.core.identity;

public enum AccountStatus {
    /** Registered; the e-mail address has not been confirmed yet. */
    PENDING_VERIFICATION,
    ACTIVE,
    /** Closed by an administrator; may be reactivated. */
    DEACTIVATED,
    /**
     * The person's data was erased on request (GDPR Art. 17): the row stays, emptied of everything that said who
     * they were, so the cohorts' figures and the rows that point at it still hold. Never active again.
     */
    ERASED
}
