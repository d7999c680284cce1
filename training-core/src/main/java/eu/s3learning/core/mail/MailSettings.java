package eu.s3learning.core.mail;

import eu.s3learning.core.settings.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** SMTP settings; with no host configured, mail goes to the local outbox folder instead. */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "s3.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "s3.mail.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "s3.mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "s3.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "s3.mail.smtp.starttls", defaultValue = "true")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "s3.mail.from", defaultValue = "S3 Learning Platform <no-reply@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "s3.mail.outbox")
    Optional<String> outbox;

    @Inject
    PlatformSettings platform;

    public Optional<SmtpServer> smtp() {
        return host.filter(h -> !h.isBlank())
                .map(h -> new SmtpServer(h, port, user.orElse(null), password.orElse(null), startTls));
    }

    public String from() {
        return from;
    }

    /** The bare address the platform sends from, e.g. the organiser of calendar invitations. */
    public String fromAddress() {
        try {
            return new jakarta.mail.internet.InternetAddress(from).getAddress();
        } catch (jakarta.mail.internet.AddressException malformed) {
            throw new IllegalStateException("S3_MAIL_FROM is not a mail address: " + from, malformed);
        }
    }

    public Path outboxDirectory() {
        return outbox.filter(o -> !o.isBlank()).map(Path::of).orElse(platform.dataDirectory().resolve("outbox"));
    }
}
