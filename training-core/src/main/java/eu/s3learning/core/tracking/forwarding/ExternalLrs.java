package eu.s3learning.core.tracking.forwarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An LRS the platform forwards its statements to: where it is, the HTTP Basic key and secret it accepts, and which
 * statements it receives (all, or one programme's). The secret is kept sealed ({@link SecretSeal}); pages show
 * only its last characters.
 */
@Entity
@Table(name = "external_lrs")
public class ExternalLrs {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = ExternalLrsDraft.MAX_NAME)
    private String name;

    @Column(nullable = false, length = LrsEndpoint.MAX_LENGTH)
    private String endpoint;

    @Column(name = "api_key", nullable = false, length = ExternalLrsDraft.MAX_KEY)
    private String apiKey;

    @Column(nullable = false, length = 1000)
    private String secret;

    @Column(name = "secret_hint", nullable = false, length = 8)
    private String secretHint;

    @Column(name = "programme_id")
    private Long programmeId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    protected ExternalLrs() {
    }

    ExternalLrs(ExternalLrsDraft draft, String sealedSecret, Instant createdAt, Long createdBy) {
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        apply(draft, sealedSecret);
    }

    /** Takes the draft's values; a draft without a secret keeps the current one. */
    void apply(ExternalLrsDraft draft, String sealedSecret) {
        this.name = draft.name();
        this.endpoint = draft.endpoint();
        this.apiKey = draft.apiKey();
        this.programmeId = draft.programmeId();
        if (draft.secret() != null) {
            this.secret = sealedSecret;
            this.secretHint = hint(draft.secret());
        }
    }

    void reseal(String sealedSecret) {
        this.secret = sealedSecret;
    }

    /** The last four characters of a secret long enough to keep most of it hidden, else nothing of it. */
    static String hint(String secret) {
        return secret.length() >= 16 ? "…" + secret.substring(secret.length() - 4) : "…";
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public LrsEndpoint endpoint() {
        return new LrsEndpoint(java.net.URI.create(endpoint));
    }

    public String apiKey() {
        return apiKey;
    }

    String sealedSecret() {
        return secret;
    }

    public String secretHint() {
        return secretHint;
    }

    /** The programme whose statements it receives, or null for every statement. */
    public Long programmeId() {
        return programmeId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
