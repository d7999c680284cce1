package eu.s3learning.core.signin;

public enum SignInOutcome {
    SUCCESS,
    /** Wrong e-mail or password: the two are never told apart. */
    INVALID,
    THROTTLED,
    /** Right password, but the e-mail address is not confirmed yet; a fresh link was sent. */
    NOT_VERIFIED,
    DEACTIVATED
}
