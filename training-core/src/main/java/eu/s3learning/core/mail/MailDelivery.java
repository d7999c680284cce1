package eu.s3learning.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.StreamProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Sends one queued mail in a transaction of its own, holding its row so no other sender takes it too. */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailSettings settings;

    private static final int BATCH = 50;

    /**
     * Jakarta Mail 2.1 looks its stream provider up through ServiceLoader in every constructor of a message part
     * (jakartaee/mail-api#699, changed in 2.2), reading the service files of every jar on the class path: a fifth to
     * a quarter of the mail sender's processor in profiles of bench/seat-race. It reads a system property of that name
     * first, so the provider found once is named there, unless someone named one already.
     */
    private static final String STREAM_PROVIDER = StreamProvider.class.getName();

    static {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, StreamProvider.provider().getClass().getName());
        }
    }

    /**
     * Made once (the settings come from configuration read at start) and kept between mails: making a mail session
     * reads the mail providers' configuration from the class path, and in a profile of bench/seat-race (a mail per
     * sign-up) that took twice the time of writing the mail.
     */
    private volatile MailTransport transport;

    /** The next mails that have been due for at least {@code settled}, oldest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(Duration settled) {
        return em.createQuery("select m.id from OutgoingMail m where m.sentAt is null"
                        + " and m.nextAttemptAt <= :cutoff and m.attempts < :limit order by m.id", Long.class)
                .setParameter("cutoff", clock.instant().minus(settled))
                .setParameter("limit", OutgoingMail.GIVE_UP_AFTER)
                .setMaxResults(BATCH)
                .getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliver(long mailId) {
        OutgoingMail mail = em.find(OutgoingMail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || mail.isSent()) {
            return;
        }
        MailTransport transport = transport();
        try {
            transport.deliver(message(transport, mail));
            mail.sent(clock.instant());
        } catch (MessagingException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Mail " + mailId + " not sent, will retry", e);
            mail.failed(clock.instant(), e.toString());
        }
    }

    private MailTransport transport() {
        MailTransport made = transport;
        if (made == null) {
            made = settings.smtp().<MailTransport>map(SmtpTransport::new)
                    .orElseGet(() -> new OutboxFolderTransport(settings.outboxDirectory()));
            transport = made;
        }
        return made;
    }

    /**
     * The text, then the calendar entry as a {@code text/calendar} part with its METHOD, which
     * mail clients offer to add to (or remove from) the calendar, and as an .ics attachment for
     * those that do not.
     */
    private static MimeMultipart withCalendar(OutgoingMail mail) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.body(), StandardCharsets.UTF_8.name());
        String method = mail.calendar().contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setContent(mail.calendar(), "text/calendar; charset=UTF-8; method=" + method);
        calendar.setFileName(method.equals("CANCEL") ? "cancel.ics" : "invite.ics");
        MimeMultipart multipart = new MimeMultipart("mixed");
        multipart.addBodyPart(text);
        multipart.addBodyPart(calendar);
        return multipart;
    }

    private MimeMessage message(MailTransport transport, OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(transport.session());
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        if (mail.calendar() == null) {
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
        } else {
            message.setContent(withCalendar(mail));
        }
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("X-S3-Mail-Id", String.valueOf(mail.id()));
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }
}
