package eu.s3learning.core.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's calendar feed: only the digest of the secret in its address is kept. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(nullable = false, length = 64)
    private String digest;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(long personId, String digest, Instant now) {
        this.personId = personId;
        renew(digest, now);
    }

    void renew(String newDigest, Instant now) {
        this.digest = newDigest;
        this.createdAt = now;
    }

    public Long personId() {
        return personId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
