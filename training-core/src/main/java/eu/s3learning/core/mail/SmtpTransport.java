package eu.s3learning.core.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

public final class SmtpTransport implements MailTransport {

    private final SmtpServer server;
    private final Session session;

    public SmtpTransport(SmtpServer server) {
        this.server = server;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", server.host());
        properties.put("mail.smtp.port", String.valueOf(server.port()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(server.startTls()));
        properties.put("mail.smtp.auth", String.valueOf(server.user() != null));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        this.session = Session.getInstance(properties);
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public void deliver(MimeMessage message) throws MessagingException {
        if (server.user() != null) {
            Transport.send(message, server.user(), server.password());
        } else {
            Transport.send(message);
        }
    }
}
