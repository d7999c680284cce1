package eu.s3learning.web.i18n;

import eu.s3learning.core.identity.Language;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Locale;

/**
 * The language and time zone pages are shown in. Starts from the browser's languages; a
 * signed-in person's profile sets both; the language switcher changes the language.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private Language language;
    private ZoneId zone = ZoneId.of("UTC");

    public Locale getLocale() {
        return language().locale();
    }

    public String getLanguage() {
        return language().tag();
    }

    public String getTimeZone() {
        return zone.getId();
    }

    public ZoneId zone() {
        return zone;
    }

    public void choose(Language chosen) {
        this.language = chosen;
    }

    public void adopt(Language chosen, ZoneId chosenZone) {
        this.language = chosen;
        this.zone = chosenZone;
    }

    private Language language() {
        if (language == null) {
            language = fromBrowser();
        }
        return language;
    }

    private static Language fromBrowser() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            for (Iterator<Locale> it = faces.getExternalContext().getRequestLocales(); it.hasNext(); ) {
                var match = Language.ofTag(it.next().getLanguage());
                if (match.isPresent()) {
                    return match.get();
                }
            }
        }
        return Language.EN;
    }
}
