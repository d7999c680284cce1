package eu.s3learning.web.account;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.account.AccountSettingsService;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.identity.Profile;
import eu.s3learning.web.i18n.LocaleSelection;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountSettingsService accounts;

    @Inject
    CurrentPerson current;

    @Inject
    LocaleSelection locale;

    @Inject
    Texts texts;

    private String email;
    private String fullName;
    private String organisation;
    private String countryCode;
    private String language;
    private String timeZone;

    @PostConstruct
    void load() {
        Person person = accounts.person(current.id());
        email = person.email().value();
        fullName = person.fullName();
        organisation = person.organisation();
        countryCode = person.countryCode();
        language = person.language().tag();
        timeZone = person.timeZone().getId();
    }

    public void save() {
        try {
            Person saved = accounts.updateProfile(current.id(),
                    Profile.of(fullName, organisation, countryCode, language, timeZone), current.clientAddress());
            locale.adopt(saved.language(), saved.timeZone());
            texts.info("profile.saved");
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
        }
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
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
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
