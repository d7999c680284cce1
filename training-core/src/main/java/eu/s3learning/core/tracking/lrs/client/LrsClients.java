package eu.s3learning.core.tracking.lrs.client;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.identity.Secrets;
import eu.s3learning.core.settings.PlatformSettings;
import eu.s3learning.xapi.Agent;
import eu.s3learning.xapi.InverseFunctionalIdentifier;
import eu.s3learning.xapi.Iri;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The LRS's clients: created and revoked by an administrator, checked on every request.
 * <p>
 * A check costs a SHA-256 and a map lookup, not a password hash: secrets are 256 random bits, whose digest cannot
 * be searched back, so the slow hashes that protect people's passwords would only cap the LRS's throughput. The
 * clients are kept in memory for {@link #CACHE_MILLIS}; revoking one here takes effect at once.
 */
@ApplicationScoped
public class LrsClients {

    /** How long a client read from the database is trusted without reading it again. */
    static final long CACHE_MILLIS = 10_000;
    /** The shortest secret accepted from configuration: 32 characters of base64 carry at least 128 bits. */
    static final int MIN_PROVISIONED_SECRET = 32;

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    private final ConcurrentHashMap<String, Known> known = new ConcurrentHashMap<>();

    private record Known(String digest, LrsCredential credential, boolean revoked, long readAt) {
    }

    /** A new client with the scopes given; the answer holds its secret, shown to the administrator once. */
    @Transactional
    public IssuedClient create(String name, Set<LrsScope> scopes, Long createdBy) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > LrsClient.MAX_NAME) {
            throw new RuleViolation("lrs.client.name.invalid", LrsClient.MAX_NAME);
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new RuleViolation("lrs.client.scopes.required");
        }
        String key = "s3k-" + Secrets.newSecret().substring(0, 20);
        String secret = Secrets.newSecret();
        LrsClient client = new LrsClient(trimmed, key, Secrets.digest(secret), scopes, clock.instant(), createdBy);
        em.persist(client);
        em.flush();
        return new IssuedClient(client.id(), key, secret);
    }

    @Transactional
    public void revoke(long id) {
        LrsClient client = em.find(LrsClient.class, id);
        if (client == null) {
            throw new RuleViolation("lrs.client.unknown");
        }
        client.revoke(clock.instant());
        known.remove(client.apiKey());
    }

    @Transactional
    public List<LrsClient> all() {
        return em.createQuery("select c from LrsClient c order by c.revokedAt, c.name", LrsClient.class).getResultList();
    }

    /**
     * The client that S3_XAPI_KEY and S3_XAPI_SECRET name, for automated runs such as the conformance suite: created
     * with every scope, or given the configured secret if it exists.
     */
    @Transactional
    public void provision(String apiKey, String secret) {
        if (apiKey.isBlank() || apiKey.length() > 64) {
            throw new IllegalStateException("S3_XAPI_KEY must be 1 to 64 characters");
        }
        if (secret == null || secret.length() < MIN_PROVISIONED_SECRET) {
            throw new IllegalStateException("S3_XAPI_SECRET must be at least " + MIN_PROVISIONED_SECRET
                    + " characters of a random token (128 bits or more), e.g. from `openssl rand -base64 32`");
        }
        Set<LrsScope> all = Set.of(LrsScope.ALL);
        List<LrsClient> found = em.createQuery("select c from LrsClient c where c.apiKey = :key", LrsClient.class)
                .setParameter("key", apiKey).getResultList();
        if (found.isEmpty()) {
            em.persist(new LrsClient("S3_XAPI_KEY", apiKey, Secrets.digest(secret), all, clock.instant(), null));
        } else {
            found.get(0).replaceSecret(Secrets.digest(secret), all);
        }
        known.remove(apiKey);
    }

    /**
     * The client an HTTP Basic {@code Authorization} header stands for, if its key is known, not revoked, and the
     * secret right. The comparison takes the same time whatever the secret. Not transactional: it runs on every
     * request, and the interceptors alone cost more than the check (bench/lrs-ingest); a client not in memory is
     * read without a transaction.
     */
    public Optional<LrsCredential> authenticate(String authorization) {
        if (authorization == null || authorization.length() > 512
                || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String key = decoded.substring(0, colon);
        String digest = Secrets.digest(decoded.substring(colon + 1));
        Known client = lookUp(key);
        if (client == null || client.revoked()) {
            return Optional.empty();
        }
        boolean matches = MessageDigest.isEqual(client.digest().getBytes(StandardCharsets.US_ASCII),
                digest.getBytes(StandardCharsets.US_ASCII));
        return matches ? Optional.of(client.credential()) : Optional.empty();
    }

    private Known lookUp(String key) {
        long now = System.currentTimeMillis();
        Known cached = known.get(key);
        if (cached != null && now - cached.readAt() < CACHE_MILLIS) {
            return cached;
        }
        List<LrsClient> found = em.createQuery("select c from LrsClient c where c.apiKey = :key", LrsClient.class)
                .setParameter("key", key).getResultList();
        if (found.isEmpty()) {
            return null;
        }
        LrsClient client = found.get(0);
        Known read = new Known(client.secretDigest(),
                new LrsCredential(client.id(), client.name(), client.scopes(), authority(client)),
                client.isRevoked(), now);
        known.put(key, read);
        return read;
    }

    /** The authority the client's statements carry: an account on this platform's LRS, named by its key. */
    private Agent authority(LrsClient client) {
        return new Agent(client.name(), new InverseFunctionalIdentifier.Account(
                new Iri(settings.publicUrl() + "/xapi/clients"), client.apiKey()));
    }
}
