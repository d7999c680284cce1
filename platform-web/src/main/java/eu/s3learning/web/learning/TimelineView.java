package eu.s3learning.web.learning;

import eu.s3learning.core.identity.Language;
import eu.s3learning.core.tracking.activity.LearnerTimeline;
import eu.s3learning.core.tracking.activity.TimelinePage;
import eu.s3learning.web.i18n.LocaleSelection;
import eu.s3learning.web.security.CurrentPerson;
import eu.s3learning.web.security.PageRefusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

/**
 * The signed-in person's own learning record: their statements in the platform's LRS, newest first, a page at a
 * time, in their language and time zone. The address names only a page, never a person: no one else's can be asked
 * for. A page that is not a number, or past the last, is 404.
 */
@Named
@RequestScoped
public class TimelineView {

    @Inject
    LearnerTimeline timeline;

    @Inject
    CurrentPerson current;

    @Inject
    LocaleSelection locale;

    /** From the address, as typed: no page is the first, anything but a page number is refused. */
    @Inject
    @Param(name = "page")
    String page;
    private TimelinePage shown;

    public void load() {
        PageRefusal.unlessAllowed(pageNumber(), () -> getTimeline() != null);
    }

    public TimelinePage getTimeline() {
        if (shown == null) {
            shown = timeline.page(current.id(), pageNumber(), Language.ofTag(locale.getLanguage()).orElse(Language.EN));
        }
        return shown;
    }

    private Integer pageNumber() {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            return Integer.valueOf(page.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
