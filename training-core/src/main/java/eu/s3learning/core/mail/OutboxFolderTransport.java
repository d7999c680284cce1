package eu.s3learning.core.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Writes each message as an RFC 822 {@code .eml} file, so a machine with no mail server still
 * works end to end. The file appears under its final name only once complete.
 */
public final class OutboxFolderTransport implements MailTransport {

    private final Path folder;
    private final Session session = Session.getInstance(new Properties());

    public OutboxFolderTransport(Path folder) {
        this.folder = folder;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public void deliver(MimeMessage message) throws MessagingException, IOException {
        Files.createDirectories(folder);
        String name = System.currentTimeMillis() + "-" + message.getHeader("X-S3-Mail-Id", null) + ".eml";
        Path partial = folder.resolve(name + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.writeTo(out);
        }
        Files.move(partial, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}
