package eu.s3learning.core.mail;

/** The mails the platform sends; each has a subject and a body in every language's bundle. */
public enum MailKind {
    VERIFY_EMAIL("verify"),
    ALREADY_REGISTERED("alreadyRegistered"),
    RESET_PASSWORD("reset"),
    PASSWORD_CHANGED("passwordChanged"),
    ROLE_REQUEST_APPROVED("roleApproved"),
    ROLE_REQUEST_REFUSED("roleRefused"),
    ENROLLED("enrolled"),
    ENROLMENT_WAITLISTED("enrolmentWaitlisted"),
    ENROLMENT_PENDING("enrolmentPending"),
    ENROLMENT_REFUSED("enrolmentRefused"),
    ENROLMENT_WITHDRAWN("enrolmentWithdrawn"),
    SESSION_SEATED("sessionSeated"),
    SESSION_WAITLISTED("sessionWaitlisted"),
    SESSION_PROMOTED("sessionPromoted"),
    SESSION_CHANGED("sessionChanged"),
    SESSION_CHANGED_WAITING("sessionChangedWaiting"),
    SESSION_CANCELLED("sessionCancelled"),
    SESSION_REMINDER("sessionReminder"),
    PHASE_OPENING("phaseOpening"),
    SIGN_UP_OPEN("signUpOpen"),
    DEADLINE_REMINDER("deadlineReminder"),
    COHORT_INVITATION("cohortInvitation"),
    FORWARDING_LAG("forwardingLag");

    private final String key;

    MailKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
