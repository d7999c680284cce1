package eu.s3learning.web.security;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.primefaces.csp.CspException;

/**
 * A form posted with a view state or CSP nonce this session never issued (an expired page,
 * or a forged cross-site post) changes nothing: the person is sent to a page that says so.
 * The redirect makes that page a plain GET, so it never runs into the same refusal.
 */
@WebFilter(filterName = "TamperedForm", urlPatterns = "*.xhtml")
public class TamperedFormFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException e) {
            if (!isRefusedForm(e) || response.isCommitted()) {
                throw e;
            }
            response.sendRedirect(request.getContextPath() + "/error/expired.xhtml");
        }
    }

    private static boolean isRefusedForm(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException || t instanceof CspException) {
                return true;
            }
        }
        return false;
    }
}
