package eu.s3learning.core.cohort;

import eu.s3learning.core.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A trainer's invitation of an e-mail address to a cohort; the link works once, for that address, until it expires. */
@Entity
@Table(name = "cohort_invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = 64)
    private String digest;

    @Column(name = "invited_by", nullable = false)
    private Long invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected Invitation() {
    }

    Invitation(Cohort cohort, String email, String digest, long invitedBy, Instant now, Instant expiresAt) {
        this.cohort = cohort;
        this.email = email;
        this.digest = digest;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    void accept(String acceptingEmail, Instant now) {
        if (acceptedAt != null) {
            throw new RuleViolation("error.invitation.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new RuleViolation("error.invitation.expired");
        }
        if (!email.equals(acceptingEmail)) {
            throw new RuleViolation("error.invitation.otherAddress", email);
        }
        acceptedAt = now;
    }

    public Long id() {
        return id;
    }

    public Cohort cohort() {
        return cohort;
    }

    public String email() {
        return email;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean accepted() {
        return acceptedAt != null;
    }
}
