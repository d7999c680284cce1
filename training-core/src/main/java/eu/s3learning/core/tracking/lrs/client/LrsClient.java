package eu.s3learning.core.tracking.lrs.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A program allowed to use the platform's LRS (learning content, a reporting tool, another LRS): its key, the
 * digest of its secret, what it may do, and whether it has been revoked. The secret itself is shown once, when
 * the client is created, and never stored.
 */
@Entity
@Table(name = "lrs_client")
public class LrsClient {

    public static final int MAX_NAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "api_key", nullable = false, length = 64)
    private String apiKey;

    @Column(name = "secret_digest", nullable = false, length = 64)
    private String secretDigest;

    @Column(nullable = false, length = 200)
    private String scopes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected LrsClient() {
    }

    LrsClient(String name, String apiKey, String secretDigest, Set<LrsScope> scopes, Instant createdAt, Long createdBy) {
        this.name = name;
        this.apiKey = apiKey;
        this.secretDigest = secretDigest;
        this.scopes = encode(scopes);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String apiKey() {
        return apiKey;
    }

    String secretDigest() {
        return secretDigest;
    }

    public Set<LrsScope> scopes() {
        if (scopes.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(scopes.split(" ")).map(LrsScope::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LrsScope.class)));
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /** A provisioned client whose secret the configuration changed: the old secret stops working. */
    void replaceSecret(String digest, Set<LrsScope> newScopes) {
        this.secretDigest = digest;
        this.scopes = encode(newScopes);
        this.revokedAt = null;
    }

    private static String encode(Set<LrsScope> scopes) {
        return scopes.stream().sorted().map(LrsScope::name).collect(Collectors.joining(" "));
    }
}
