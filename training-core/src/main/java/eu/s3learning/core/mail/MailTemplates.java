package eu.s3learning.core.mail;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** Renders a mail in the recipient's language from the {@code MailMessages} bundles. */
public final class MailTemplates {

    static final String BUNDLE = "eu.s3learning.core.mail.MailMessages";

    private MailTemplates() {
    }

    public static MailContent render(MailKind kind, Locale locale, Object... arguments) {
        ResourceBundle bundle = bundle(locale);
        String subject = bundle.getString(kind.key() + ".subject");
        String body = new MessageFormat(bundle.getString(kind.key() + ".body"), locale).format(arguments)
                + "\n\n" + bundle.getString("signature");
        return new MailContent(subject, body);
    }

    /** A word used inside mails, such as a role's name. */
    public static String word(Locale locale, String key) {
        return bundle(locale).getString(key);
    }

    /** A moment as the recipient reads it: their language, their time zone, with the zone named. */
    public static String dateTime(Instant instant, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, MailTemplates.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
