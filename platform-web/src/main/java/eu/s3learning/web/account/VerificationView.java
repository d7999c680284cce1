package eu.s3learning.web.account;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.registration.RegistrationService;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The page the verification link opens: activates the account once. */
@Named
@RequestScoped
public class VerificationView {

    @Inject
    RegistrationService registration;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    private String token;
    private boolean verified;

    public void verify() {
        try {
            registration.verify(token, current.clientAddress());
            verified = true;
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isVerified() {
        return verified;
    }
}
