package eu.s3learning.core.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    @Test
    void backsOffExponentiallyUpToAnHour() {
        Instant now = Instant.parse("2026-02-01T00:00:00Z");
        OutgoingMail mail = new OutgoingMail("a@b.ro", new MailContent("s", "b"), now);
        long[] expectedMinutes = {1, 2, 4, 8, 16, 32, 60, 60};
        for (long minutes : expectedMinutes) {
            mail.failed(now, "connection refused");
            assertEquals(now.plusSeconds(minutes * 60), mail.nextAttemptAt());
        }
        mail.sent(now);
        assertTrue(mail.isSent());
        assertEquals(9, mail.attempts());
    }
}
