package eu.s3learning.web.account;

import eu.s3learning.core.account.AccountSettingsService;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.signin.SignInResult;
import eu.s3learning.web.i18n.LocaleSelection;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import eu.s3learning.web.security.PlatformAuthModule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

@Named
@RequestScoped
public class SignInView {

    static final int TOO_MANY_REQUESTS = 429;

    @Inject
    AccountSettingsService accounts;

    @Inject
    LocaleSelection locale;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    private String email;
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.setAttribute(PlatformAuthModule.ATTEMPT, new PlatformAuthModule.Attempt(email == null ? "" : email,
                password == null ? "" : password));
        boolean signedIn;
        try {
            signedIn = request.authenticate((HttpServletResponse) external.getResponse());
        } catch (ServletException refused) {
            signedIn = false;
        } finally {
            request.removeAttribute(PlatformAuthModule.ATTEMPT);
        }
        password = null;
        SignInResult result = (SignInResult) request.getAttribute(PlatformAuthModule.RESULT_ATTRIBUTE);
        if (result != null && result.succeeded()) {
            Person person = accounts.person(result.personId());
            locale.adopt(person.language(), person.timeZone());
        }
        if (signedIn && result != null && result.succeeded()) {
            external.redirect(external.getRequestContextPath() + returnTo(request));
        } else {
            refused(result, external);
        }
    }

    /** Only a path on this site: a crafted value cannot send anyone elsewhere. */
    private static String returnTo(HttpServletRequest request) {
        Object saved = request.getSession().getAttribute(PlatformAuthModule.RETURN_TO);
        request.getSession().removeAttribute(PlatformAuthModule.RETURN_TO);
        if (saved instanceof String path && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")) {
            return path;
        }
        return "/app/home.xhtml";
    }

    private void refused(SignInResult result, ExternalContext external) {
        if (result == null) {
            texts.error("signin.invalid");
            return;
        }
        switch (result.outcome()) {
            case THROTTLED -> {
                external.setResponseStatus(TOO_MANY_REQUESTS);
                external.setResponseHeader("Retry-After", String.valueOf(result.retryAfter().toSeconds()));
                texts.error("signin.throttled", Math.max(1, result.retryAfter().toSeconds()));
            }
            case NOT_VERIFIED -> texts.error("signin.notVerified");
            case DEACTIVATED -> texts.error("signin.deactivated");
            default -> texts.error("signin.invalid");
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
