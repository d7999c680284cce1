package eu.s3learning.core.mail;

/** A rendered mail; {@code calendar} is an iCalendar object to attach, or null. */
public record MailContent(String subject, String body, String calendar) {

    public MailContent(String subject, String body) {
        this(subject, body, null);
    }

    public MailContent withCalendar(String iCalendar) {
        return new MailContent(subject, body, iCalendar);
    }
}
