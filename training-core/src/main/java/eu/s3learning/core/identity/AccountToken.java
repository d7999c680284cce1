package eu.s3learning.core.identity;

import eu.s3learning.core.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A single-use link sent by mail (e-mail verification, password reset). Only the SHA-256
 * digest of the token is stored: a leaked table opens no account.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(nullable = false, unique = true, length = 64)
    private String digest;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
    }

    AccountToken(Person person, TokenPurpose purpose, String digest, Instant now) {
        this.person = person;
        this.purpose = purpose;
        this.digest = digest;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.lifetime());
    }

    /** Spends the token, or says why it cannot be spent. */
    Person redeem(TokenPurpose expected, Instant now) {
        if (purpose != expected) {
            throw new RuleViolation("error.token.invalid");
        }
        if (usedAt != null) {
            throw new RuleViolation("error.token.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new RuleViolation("error.token.expired");
        }
        usedAt = now;
        return person;
    }

    void withdraw(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    Instant createdAt() {
        return createdAt;
    }
}
