package eu.s3learning.web.calendar;

import eu.s3learning.core.scheduling.CalendarFeeds;
import eu.s3learning.core.settings.PlatformSettings;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Making, replacing and revoking one's personal calendar feed address. The secret is shown once, when made. */
@Named
@RequestScoped
public class CalendarFeedView {

    @Inject
    CalendarFeeds feeds;

    @Inject
    PlatformSettings settings;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    private String address;

    public boolean isActive() {
        return feeds.exists(current.id());
    }

    public void renew() {
        address = settings.link("/calendar/" + feeds.renew(current.id()) + ".ics");
        texts.info("calendar.renewed");
    }

    public void revoke() {
        feeds.revoke(current.id());
        address = null;
        texts.info("calendar.revoked");
    }

    public String getAddress() {
        return address;
    }
}
