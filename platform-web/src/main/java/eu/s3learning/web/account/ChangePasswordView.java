package eu.s3learning.web.account;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.account.AccountSettingsService;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

@Named
@RequestScoped
public class ChangePasswordView {

    @Inject
    AccountSettingsService accounts;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public void change() {
        try {
            if (newPassword == null || !newPassword.equals(confirmation)) {
                texts.error("error.password.confirmationDiffers");
                return;
            }
            int epoch = accounts.changePassword(current.id(), currentPassword, newPassword, current.clientAddress());
            current.updateEpoch(epoch);
            texts.info("password.changed");
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
        } finally {
            currentPassword = null;
            newPassword = null;
            confirmation = null;
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
