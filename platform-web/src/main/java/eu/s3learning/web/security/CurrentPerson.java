package eu.s3learning.web.security;

import eu.s3learning.core.identity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** Who is signed in for this request, as views and beans ask. */
@Named
@RequestScoped
public class CurrentPerson {

    public Optional<SignedIn> signedIn() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((SignedIn) session.getAttribute(SignedIn.SESSION_KEY));
    }

    public SignedIn required() {
        return signedIn().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    public long id() {
        return required().personId();
    }

    public boolean isSignedIn() {
        return signedIn().isPresent();
    }

    public boolean has(String role) {
        return signedIn().map(s -> s.roles().contains(Role.valueOf(role))).orElse(false);
    }

    public String getEmail() {
        return signedIn().map(SignedIn::email).orElse("");
    }

    /** For the page's scripts to send with their requests (see {@link SignedIn}). */
    public String getScriptToken() {
        return signedIn().map(SignedIn::scriptToken).orElse("");
    }

    public String clientAddress() {
        return ClientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public void updateEpoch(int epoch) {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true);
        session.setAttribute(SignedIn.SESSION_KEY, required().withEpoch(epoch));
    }
}
