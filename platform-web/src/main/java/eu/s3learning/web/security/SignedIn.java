package eu.s3learning.web.security;

import eu.s3learning.core.identity.Role;
import eu.s3learning.core.identity.Secrets;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * What the session remembers of the person signed in with it. The script token is a secret of
 * this sign-in that the platform's own page scripts send with their requests (header
 * {@value #SCRIPT_TOKEN_HEADER}): a page of another site can neither read it nor set that
 * header, so such a request cannot be forged the way a cross-site form post can.
 */
public record SignedIn(long personId, String email, Set<Role> roles, int sessionEpoch, String scriptToken) implements Serializable {

    public static final String SESSION_KEY = "s3.signedIn";
    public static final String SCRIPT_TOKEN_HEADER = "X-S3-Token";

    public SignedIn(long personId, String email, Set<Role> roles, int sessionEpoch) {
        this(personId, email, roles, sessionEpoch, Secrets.newSecret());
    }

    public SignedIn withEpoch(int epoch) {
        return new SignedIn(personId, email, roles, epoch, scriptToken);
    }

    /** The person signed in with the request's session, when the request also carries this sign-in's script token. */
    public static SignedIn byScript(HttpServletRequest request) {
        var session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SESSION_KEY);
        String token = request.getHeader(SCRIPT_TOKEN_HEADER);
        if (signedIn == null || token == null
                || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), signedIn.scriptToken.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        return signedIn;
    }
}
