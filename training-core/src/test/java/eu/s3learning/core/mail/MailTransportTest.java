package eu.s3learning.core.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class MailTransportTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void sendsThroughAnSmtpServer() throws Exception {
        SmtpTransport transport = new SmtpTransport(new SmtpServer("127.0.0.1", ServerSetupTest.SMTP.getPort(), null, null, false));
        transport.deliver(message(transport.session(), "Alegeți o parolă nouă"));
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("Alegeți o parolă nouă", received[0].getSubject());
        assertTrue(GreenMailUtil.getBody(received[0]).length() > 0);
    }

    @Test
    void writesCompleteEmlFilesToTheOutboxFolder(@TempDir Path folder) throws Exception {
        OutboxFolderTransport transport = new OutboxFolderTransport(folder.resolve("outbox"));
        transport.deliver(message(transport.session(), "Confirmați adresa de e-mail"));
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder.resolve("outbox"))) {
            files = listing.toList();
        }
        assertEquals(1, files.size());
        assertTrue(files.get(0).toString().endsWith(".eml"));
        try (InputStream in = Files.newInputStream(files.get(0))) {
            MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), in);
            assertEquals("Confirmați adresa de e-mail", read.getSubject());
            assertEquals("ana@example.ro", read.getRecipients(Message.RecipientType.TO)[0].toString());
        }
    }

    private static MimeMessage message(Session session, String subject) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("no-reply@s3.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("ana@example.ro"));
        message.setSubject(subject, "UTF-8");
        message.setText("Bună ziua", "UTF-8");
        message.setHeader("X-S3-Mail-Id", "1");
        return message;
    }
}
