package eu.s3learning.web.security;

import eu.s3learning.core.identity.Role;
import eu.s3learning.core.signin.SignInResult;
import eu.s3learning.core.signin.SignInService;
import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Signs people in for the container (Jakarta Authentication). The sign-in page hands the
 * credential over in a request attribute ({@link #ATTEMPT}) and calls
 * {@code HttpServletRequest.authenticate}; the rules (throttling, password, account state) are
 * {@link SignInService}'s. Later requests of the session carry the person found then
 * ({@link SignedIn}). A signed-out visitor of a protected page is sent to sign in; the page asked
 * for is remembered in the session and opened after signing in.
 *
 * <p>A module of our own rather than a Jakarta Security mechanism: Soteria, which bridges such a
 * mechanism into the container, looks the CDI bean manager up in JNDI twice per request, with a
 * new naming context and an exception built each time. That was 13 % of the server's processor
 * time per single xAPI statement POST; without it, a fifth to a third less per request.
 */
public class PlatformAuthModule implements ServerAuthModule {

    /** The request attribute that carries a sign-in attempt from the sign-in page. */
    public static final String ATTEMPT = "s3.signInAttempt";
    public static final String RESULT_ATTRIBUTE = "s3.signInResult";
    /** The page a signed-out visitor asked for, to return to after signing in. */
    public static final String RETURN_TO = "s3.returnTo";
    private static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";

    /** What the sign-in page hands over; never kept beyond the request. */
    public record Attempt(String email, String password) {
        /** Without the password: a request attribute may end up in a log. */
        @Override
        public String toString() {
            return "Attempt[email=" + email + "]";
        }
    }

    private final SignInService signIn;
    private CallbackHandler container;

    public PlatformAuthModule(SignInService signIn) {
        this.signIn = signIn;
    }

    @Override
    public void initialize(MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler,
                           @SuppressWarnings("rawtypes") Map options) {
        this.container = handler;
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class};
    }

    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
        HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
        HttpServletResponse response = (HttpServletResponse) message.getResponseMessage();
        if (request.getAttribute(ATTEMPT) instanceof Attempt attempt) {
            request.removeAttribute(ATTEMPT);
            return signIn(attempt, request, client);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedIn.SESSION_KEY) instanceof SignedIn signedIn) {
            return caller(client, String.valueOf(signedIn.personId()), signedIn.roles());
        }
        if (Boolean.parseBoolean(String.valueOf(message.getMap().get(MANDATORY)))) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(RETURN_TO,
                        request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query));
            }
            try {
                response.sendRedirect(request.getContextPath() + "/login.xhtml");
            } catch (IOException failed) {
                throw (AuthException) new AuthException("Could not send the visitor to sign in").initCause(failed);
            }
            return AuthStatus.SEND_CONTINUE;
        }
        return anonymous(client);
    }

    private AuthStatus signIn(Attempt attempt, HttpServletRequest request, Subject client) throws AuthException {
        SignInResult result = signIn.signIn(attempt.email(), attempt.password(), ClientAddress.of(request));
        request.setAttribute(RESULT_ATTRIBUTE, result);
        if (!result.succeeded()) {
            return AuthStatus.SEND_FAILURE;
        }
        // A new session id at sign-in: an id planted before sign-in is worth nothing after it.
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SignedIn.SESSION_KEY,
                new SignedIn(result.personId(), result.email(), result.roles(), result.sessionEpoch()));
        return caller(client, String.valueOf(result.personId()), result.roles());
    }

    private AuthStatus caller(Subject client, String name, Set<Role> roles) throws AuthException {
        handle(new CallerPrincipalCallback(client, name),
                new GroupPrincipalCallback(client, roles.stream().map(Role::name).toArray(String[]::new)));
        return AuthStatus.SUCCESS;
    }

    private AuthStatus anonymous(Subject client) throws AuthException {
        handle(new CallerPrincipalCallback(client, (Principal) null));
        return AuthStatus.SUCCESS;
    }

    private void handle(Callback... callbacks) throws AuthException {
        try {
            container.handle(callbacks);
        } catch (IOException | UnsupportedCallbackException failed) {
            throw (AuthException) new AuthException("The container refused the caller").initCause(failed);
        }
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) {
        return AuthStatus.SEND_SUCCESS;
    }

    @Override
    public void cleanSubject(MessageInfo message, Subject subject) {
        if (subject != null) {
            subject.getPrincipals().clear();
        }
    }
}
