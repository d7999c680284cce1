package eu.s3learning.core.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A mail waiting to be sent. Queued in the transaction of the change it tells about, so a
 * rolled-back change sends nothing and a committed one is never left unannounced.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

    static final int GIVE_UP_AFTER = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 250)
    private String subject;

    @Lob
    @Column(nullable = false)
    private String body;

    @Lob
    private String calendar;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected OutgoingMail() {
    }

    OutgoingMail(String recipient, MailContent content, Instant now) {
        this.recipient = recipient;
        this.subject = content.subject();
        this.body = content.body();
        this.calendar = content.calendar();
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant at) {
        sentAt = at;
        attempts++;
        lastError = null;
    }

    /** Backs off exponentially: 1, 2, 4 … minutes, capped at an hour. */
    void failed(Instant at, String error) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(500, error.length()));
        long minutes = Math.min(60, 1L << Math.min(attempts - 1, 6));
        nextAttemptAt = at.plus(Duration.ofMinutes(minutes));
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    boolean isSent() {
        return sentAt != null;
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    /** An iCalendar object to attach (an invitation, update or cancellation), or null. */
    public String calendar() {
        return calendar;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }
}
