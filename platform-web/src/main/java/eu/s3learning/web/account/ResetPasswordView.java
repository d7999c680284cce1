package eu.s3learning.web.account;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.account.PasswordResetService;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

@Named
@ViewScoped
public class ResetPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordResetService resets;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    private String token;
    private String password;
    private String confirmation;
    private boolean done;

    public void reset() {
        try {
            if (password == null || !password.equals(confirmation)) {
                texts.error("error.password.confirmationDiffers");
                return;
            }
            resets.reset(token, password, current.clientAddress());
            done = true;
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
        } finally {
            password = null;
            confirmation = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public boolean isDone() {
        return done;
    }
}
