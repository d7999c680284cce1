package eu.s3learning.web.security;

import eu.s3learning.core.identity.Role;
import java.io.Serializable;
import java.util.Set;

/** What the session remembers of the person signed in with it. */
public record SignedIn(long personId, String email, Set<Role> roles, int sessionEpoch) implements Serializable {

    public static final String SESSION_KEY = "s3.signedIn";

    public SignedIn withEpoch(int epoch) {
        return new SignedIn(personId, email, roles, epoch);
    }
}
