package eu.s3learning.web.security;

import eu.s3learning.core.identity.Role;
import eu.s3learning.core.signin.SignInResult;
import eu.s3learning.core.signin.SignInService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.Collectors;

/**
 * Signs people in through the sign-in page. The page hands the credential over with
 * {@code SecurityContext.authenticate}; the rules (throttling, password, account state) are
 * {@link SignInService}'s. A signed-out visitor of a protected page is sent to sign in; the
 * page asked for is remembered in the session and opened after signing in.
 */
@ApplicationScoped
@AutoApplySession
public class PlatformAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String RESULT_ATTRIBUTE = "s3.signInResult";
    /** The page a signed-out visitor asked for, to return to after signing in. */
    public static final String RETURN_TO = "s3.returnTo";

    @Inject
    SignInService signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (!(credential instanceof UsernamePasswordCredential password)) {
            if (context.isProtected()) {
                if ("GET".equals(request.getMethod())) {
                    String query = request.getQueryString();
                    request.getSession(true).setAttribute(RETURN_TO,
                            request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query));
                }
                return context.redirect(request.getContextPath() + "/login.xhtml");
            }
            return context.doNothing();
        }
        SignInResult result = signIn.signIn(password.getCaller(), password.getPasswordAsString(), ClientAddress.of(request));
        request.setAttribute(RESULT_ATTRIBUTE, result);
        if (!result.succeeded()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at sign-in: an id planted before sign-in is worth nothing after it.
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SignedIn.SESSION_KEY,
                new SignedIn(result.personId(), result.email(), result.roles(), result.sessionEpoch()));
        return context.notifyContainerAboutLogin(String.valueOf(result.personId()),
                result.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
