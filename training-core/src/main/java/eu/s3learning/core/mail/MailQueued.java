package eu.s3learning.core.mail;

/**
 * Fired when a mail is queued; observed after commit to send it at once rather than at the next
 * sweep. It carries the mail rather than its id: the id is given when the transaction writes,
 * and asking for it at queueing time would write (flush) everything pending once per mail.
 */
public record MailQueued(OutgoingMail mail) {

    /** Known once the queueing transaction has written the mail, as it has when observers run after commit. */
    public long mailId() {
        return mail.id();
    }
}
