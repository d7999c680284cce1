package eu.s3learning.core.mail;

import eu.s3learning.core.identity.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;

@ApplicationScoped
public class MailQueue {

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    /** Queues a mail in the caller's transaction: it is sent only if that transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(EmailAddress to, MailKind kind, Locale locale, Object... arguments) {
        queue(to, MailTemplates.render(kind, locale, arguments));
    }

    /** Queues a mail that carries a calendar entry (an invitation, update or cancellation). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sendWithCalendar(EmailAddress to, MailKind kind, Locale locale, String iCalendar, Object... arguments) {
        queue(to, MailTemplates.render(kind, locale, arguments).withCalendar(iCalendar));
    }

    private void queue(EmailAddress to, MailContent content) {
        OutgoingMail mail = new OutgoingMail(to.value(), content, clock.instant());
        em.persist(mail);
        queued.fire(new MailQueued(mail));
    }
}
