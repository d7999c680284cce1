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

    /** The time of day only, for the end of something whose start shows the date. */
    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(selection.getLocale())
                .withZone(selection.zone()).format(instant);
    }

    /** A calendar date as the user writes dates. */
    public String date(java.time.LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(selection.getLocale()).format(date);
    }

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
