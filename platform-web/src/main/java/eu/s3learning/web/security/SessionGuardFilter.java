package eu.s3learning.web.security;

import eu.s3learning.core.signin.SessionValidity;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends a session the account no longer backs: after a password reset or change elsewhere,
 * deactivation, or a change of roles. The person is sent to sign in again.
 */
@WebFilter(filterName = "SessionGuard", urlPatterns = "/*")
public class SessionGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    SessionValidity validity;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SignedIn.SESSION_KEY);
        boolean hasPrincipal = request.getUserPrincipal() != null;
        if (hasPrincipal && (signedIn == null || !validity.stillValid(signedIn.personId(), signedIn.sessionEpoch()))) {
            request.logout();
            session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=true");
            return;
        }
        chain.doFilter(request, response);
    }
}
