package eu.s3learning.web.account;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.account.PasswordResetService;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

@Named
@RequestScoped
public class ForgotPasswordView {

    @Inject
    PasswordResetService resets;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    private String email;
    private boolean sent;

    /** The same answer whether or not the address has an account. */
    public void send() {
        try {
            resets.requestReset(email, current.clientAddress());
            sent = true;
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
