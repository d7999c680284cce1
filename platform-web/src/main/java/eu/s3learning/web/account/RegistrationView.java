package eu.s3learning.web.account;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.reference.ReferenceData;
import eu.s3learning.core.registration.RegistrationForm;
import eu.s3learning.core.registration.RegistrationService;
import eu.s3learning.web.i18n.LocaleSelection;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

@Named
@ViewScoped
public class RegistrationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationService registration;

    @Inject
    ReferenceData reference;

    @Inject
    LocaleSelection locale;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    private String fullName;
    private String email;
    private String organisation;
    private String countryCode;
    private String language;
    private String password;
    private boolean privacyAccepted;
    private boolean done;

    public void register() {
        String zone = reference.country(countryCode).map(c -> c.defaultZone()).orElse("UTC");
        String chosenLanguage = language == null ? locale.getLanguage() : language;
        try {
            registration.register(new RegistrationForm(fullName, email, organisation, countryCode, chosenLanguage, zone,
                    password, privacyAccepted), current.clientAddress());
            done = true;
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
        } finally {
            password = null;
        }
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getLanguage() {
        return language == null ? locale.getLanguage() : language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isPrivacyAccepted() {
        return privacyAccepted;
    }

    public void setPrivacyAccepted(boolean privacyAccepted) {
        this.privacyAccepted = privacyAccepted;
    }

    public boolean isDone() {
        return done;
    }
}
