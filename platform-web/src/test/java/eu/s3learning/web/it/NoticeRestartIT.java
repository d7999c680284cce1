package eu.s3learning.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scheduled mail across a restart, with the runnable bundle in demo mode (its trainee is enrolled and has not
 * completed the preparation, which closes in 16 days and the wrap-up in 48). The first platform's minute sweep
 * records the preparation's deadline reminder and queues its mail, which cannot leave (the SMTP server is down);
 * the platform is then killed (SIGKILL). The second platform sends that mail, sends the wrap-up's reminder (now
 * due: its lead was lengthened), and does not make the first one again.
 */
class NoticeRestartIT {

    private static final String TRAINEE = "trainee@demo.s3-learning.eu";
    private static final String DEADLINE = "A deadline of your training is near";

    @Test
    void aReminderQueuedBeforeAKillIsSentOnceAfterTheRestartAndTheSweepGoesOn() throws Exception {
        try (RunnableBundle bundle = new RunnableBundle("notice-restart-it")) {
            Path outbox = bundle.work().resolve("outbox-" + System.nanoTime());
            bundle.with("S3_DEMO", "true").with("S3_REMINDER_DEADLINE_DAYS", "30")
                    .with("S3_MAIL_SMTP_HOST", "127.0.0.1").with("S3_MAIL_SMTP_PORT", String.valueOf(RunnableBundle.closedPort()))
                    .with("S3_MAIL_OUTBOX", outbox.toString());
            Process first = bundle.start("first");
            try {
                awaitSweep();
            } finally {
                first.destroyForcibly().waitFor();
            }
            List<Mail> queued = deadlineMails(bundle);
            assertEquals(1, queued.size(), "the first platform's sweep queued the preparation's reminder: " + queued);
            assertNull(queued.get(0).sentAt(), "the SMTP server was down, so it waited to be sent");
            assertEquals(1, notices(bundle), "and recorded it as sent");

            bundle.with("S3_MAIL_SMTP_HOST", null).with("S3_REMINDER_DEADLINE_DAYS", "60");
            Process second = bundle.start("second");
            try {
                awaitMails(outbox, 2, Duration.ofMinutes(3));
            } finally {
                second.destroy();
                second.waitFor();
            }
            List<Mail> mails = deadlineMails(bundle);
            assertEquals(2, mails.size(), "one reminder per phase, none made again: " + mails);
            assertTrue(mails.get(0).body().contains("\"online preparation\""), mails.get(0).body());
            assertTrue(mails.get(1).body().contains("\"online wrap-up\""), mails.get(1).body());
            mails.forEach(m -> assertNotNull(m.sentAt(), "sent: " + m));
            assertEquals(2, notices(bundle));
            assertEquals(2, awaitMails(outbox, 2, Duration.ZERO).size(), "each written to the outbox once");
        }
    }

    /** Until the platform's minute sweep (at second 30) has run once since now, with time to do its work. */
    private static void awaitSweep() throws InterruptedException {
        LocalTime now = LocalTime.now();
        long toNextSweep = Duration.ofSeconds((90 - now.getSecond()) % 60).toMillis() - now.getNano() / 1_000_000;
        Thread.sleep(Math.max(0, toNextSweep) + 20_000);
    }

    private record Mail(String body, java.sql.Timestamp sentAt) {
    }

    private static List<Mail> deadlineMails(RunnableBundle bundle) throws Exception {
        List<Mail> mails = new ArrayList<>();
        try (Connection c = bundle.dataSource().getConnection(); PreparedStatement query = c.prepareStatement(
                "SELECT body, sent_at FROM outgoing_mail WHERE recipient = ? AND subject = ? ORDER BY id")) {
            query.setString(1, TRAINEE);
            query.setString(2, DEADLINE);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    mails.add(new Mail(rows.getString(1), rows.getTimestamp(2)));
                }
            }
        }
        return mails;
    }

    private static int notices(RunnableBundle bundle) throws Exception {
        try (Connection c = bundle.dataSource().getConnection(); PreparedStatement query = c.prepareStatement(
                "SELECT COUNT(*) FROM notice_sent WHERE kind = 'DEADLINE_REMINDER'"); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The deadline reminders to the trainee in the outbox folder, once there are {@code count} (or the time is up). */
    private static List<MimeMessage> awaitMails(Path outbox, int count, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            List<MimeMessage> mails = new ArrayList<>();
            if (Files.isDirectory(outbox)) {
                try (Stream<Path> listing = Files.list(outbox)) {
                    for (Path file : listing.filter(p -> p.toString().endsWith(".eml")).toList()) {
                        try (InputStream in = Files.newInputStream(file)) {
                            MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
                            if (mail.getRecipients(Message.RecipientType.TO)[0].toString().equals(TRAINEE)
                                    && DEADLINE.equals(mail.getSubject())) {
                                mails.add(mail);
                            }
                        }
                    }
                }
            }
            if (mails.size() >= count || System.nanoTime() > deadline) {
                return mails;
            }
            Thread.sleep(500);
        }
    }
}
