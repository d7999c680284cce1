package eu.s3learning.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Instants shown in the user's time zone and locale, e.g. {@code #{dates.dateTime(event.occurredAt())}}. */
@Named
@RequestScoped
public class Dates {

    @Inject
    LocaleSelection selection;

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(selection.getLocale())
                .withZone(selection.zone())
                .format(instant);
    }
}
