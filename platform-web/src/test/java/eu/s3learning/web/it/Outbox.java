package eu.s3learning.web.it;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the mails the platform wrote to its local outbox folder, as the README tells a person to. */
final class Outbox {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+token=\\S+)");

    private Outbox() {
    }

    /** The newest mail to the recipient whose subject is the given one, waiting for it to arrive. */
    static MimeMessage await(String recipient, String subject) throws Exception {
        Path folder = Path.of(System.getProperty("s3.it.outbox"));
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(folder)) {
                List<Path> files;
                try (Stream<Path> listing = Files.list(folder)) {
                    files = listing.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
                }
                for (int i = files.size() - 1; i >= 0; i--) {
                    MimeMessage message = read(files.get(i));
                    if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(recipient)
                            && message.getSubject().equals(subject)) {
                        return message;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail '" + subject + "' to " + recipient + " in " + folder);
    }

    static String link(MimeMessage message) throws Exception {
        Matcher m = LINK.matcher((String) message.getContent());
        if (!m.find()) {
            throw new AssertionError("No link in " + message.getContent());
        }
        return m.group(1);
    }

    private static MimeMessage read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
