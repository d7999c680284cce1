package eu.s3learning.web.account;

import eu.s3learning.core.signin.SignInService;
import eu.s3learning.web.security.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

@Named
@RequestScoped
public class SignOutView {

    @Inject
    SignInService signIn;

    @Inject
    CurrentPerson current;

    /** A POST from the header's sign-out button, so no link on another site can sign anyone out. */
    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        current.signedIn().ifPresent(s -> signIn.signedOut(s.personId(), current.clientAddress()));
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml?signedOut=true");
    }
}
