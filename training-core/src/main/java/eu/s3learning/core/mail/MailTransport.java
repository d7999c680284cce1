package eu.s3learning.core.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;

/** Where finished messages go: an SMTP server, or the local outbox folder. */
public interface MailTransport {

    jakarta.mail.Session session();

    void deliver(MimeMessage message) throws MessagingException, IOException;
}
