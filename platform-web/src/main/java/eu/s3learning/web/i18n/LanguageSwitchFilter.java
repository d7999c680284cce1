package eu.s3learning.web.i18n;

import eu.s3learning.core.identity.Language;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The language switcher's links carry {@code ?lang=ro}: any page can be switched by a plain link. */
@WebFilter(filterName = "LanguageSwitch", urlPatterns = "*.xhtml")
public class LanguageSwitchFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    LocaleSelection selection;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod())) {
            String requested = request.getParameter("lang");
            if (requested != null) {
                Language.ofTag(requested).ifPresent(selection::choose);
            }
        }
        chain.doFilter(request, response);
    }
}
