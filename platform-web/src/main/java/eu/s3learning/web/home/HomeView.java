package eu.s3learning.web.home;

import eu.s3learning.core.identity.Role;
import eu.s3learning.web.security.CurrentPerson;
import eu.s3learning.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Sends a signed-in person to the home page of their most responsible role. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    CurrentPerson current;

    public String open() {
        SignedIn signedIn = current.required();
        return "/" + primary(signedIn).name().toLowerCase(java.util.Locale.ROOT) + "/home.xhtml?faces-redirect=true";
    }

    static Role primary(SignedIn signedIn) {
        for (Role role : new Role[] {Role.ADMIN, Role.TRAINER, Role.PARTNER}) {
            if (signedIn.roles().contains(role)) {
                return role;
            }
        }
        return Role.TRAINEE;
    }
}
