package eu.s3learning.core.signin;

import eu.s3learning.core.identity.Role;
import java.time.Duration;
import java.util.Set;

/** What a sign-in attempt came to. On success it carries what the session needs to remember. */
public record SignInResult(SignInOutcome outcome, Long personId, String email, Set<Role> roles, int sessionEpoch,
                           Duration retryAfter) {

    static SignInResult failed(SignInOutcome outcome) {
        return new SignInResult(outcome, null, null, Set.of(), 0, Duration.ZERO);
    }

    static SignInResult throttled(Duration retryAfter) {
        return new SignInResult(SignInOutcome.THROTTLED, null, null, Set.of(), 0, retryAfter);
    }

    public boolean succeeded() {
        return outcome == SignInOutcome.SUCCESS;
    }
}
