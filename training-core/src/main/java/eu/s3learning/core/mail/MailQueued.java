package eu.s3learning.core.mail;

/** Fired when a mail is queued; observed after commit to send it at once rather than at the next sweep. */
public record MailQueued(long mailId) {
}
