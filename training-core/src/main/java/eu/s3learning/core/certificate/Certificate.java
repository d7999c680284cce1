package eu.s3learning.core.certificate;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.Text;
import eu.s3learning.core.cohort.Enrolment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;

/**
 * A certificate of completion of a programme, with a public code under which anyone (an
 * employer, a funder) can check it. Revoking keeps the record: the check then says revoked.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    /** Crockford's base-32 alphabet: no I, L, O or U, so codes survive being read aloud or retyped. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    @Column(name = "revoke_reason", length = 1000)
    private String revokeReason;

    protected Certificate() {
    }

    Certificate(Enrolment enrolment, int minutes, Instant now) {
        this.enrolment = enrolment;
        this.minutes = minutes;
        this.issuedAt = now;
        this.code = newCode();
    }

    /** 60 random bits as S3-XXXX-XXXX-XXXX: unguessable, and short enough to type from paper. */
    static String newCode() {
        StringBuilder code = new StringBuilder("S3");
        for (int group = 0; group < 3; group++) {
            code.append('-');
            for (int i = 0; i < 4; i++) {
                code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
            }
        }
        return code.toString();
    }

    /** A code as a person may type it: any case, spaces, and the letters O, I and L for 0 and 1. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '-').replace('O', '0').replace('I', '1').replace('L', '1');
    }

    void revoke(long trainerId, String reason, Instant now) {
        if (revokedAt != null) {
            throw new RuleViolation("error.certificate.revoked");
        }
        this.revokeReason = Text.required(reason, 1000, "error.certificate.reasonRequired");
        this.revokedBy = trainerId;
        this.revokedAt = now;
    }

    public Long id() {
        return id;
    }

    public Enrolment enrolment() {
        return enrolment;
    }

    public String code() {
        return code;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    /** The planned time of the programme's units the learner completed, in minutes. */
    public int minutes() {
        return minutes;
    }

    /** Hours as printed: whole or half hours. */
    public double hours() {
        return Math.round(minutes / 30.0) / 2.0;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokeReason() {
        return revokeReason;
    }
}
