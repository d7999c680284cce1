package eu.s3learning.web.i18n;

import eu.s3learning.core.RuleViolation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user's language for what beans say: messages, refusals. */
@RequestScoped
public class Texts {

    public static final String BUNDLE = "eu.s3learning.web.i18n.messages";

    @Inject
    LocaleSelection locale;

    public String text(String key, Object... arguments) {
        return text(locale.getLocale(), key, arguments);
    }

    /**
     * A text in the given language. For servlets that answer scripts: this request-scoped bean,
     * created for each request, was a sixth of such an answer's processor time.
     */
    public static String text(Locale language, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("error.generic");
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
    }

    public boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, locale.getLocale()).containsKey(key);
    }

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, text(key, arguments));
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, text(key, arguments));
    }

    /**
     * Runs a step a person asked for: says it was done, or shows why it was refused (nothing of
     * it is kept then). Returns whether it was done.
     */
    public boolean attempt(Runnable step, String doneKey) {
        try {
            step.run();
            info(doneKey);
            return true;
        } catch (RuleViolation refused) {
            refused(refused, null);
            return false;
        }
    }

    /** Shows a refusal next to the field it concerns, or at the top when it concerns none. */
    public void refused(RuleViolation violation, String clientId) {
        add(FacesMessage.SEVERITY_ERROR, clientId, text(violation.messageKey(), violation.arguments()));
    }

    private static void add(FacesMessage.Severity severity, String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
