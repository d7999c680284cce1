package eu.s3learning.core.tracking.forwarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How statements are forwarded to external LRSs: the S3_XAPI_FORWARD_… settings (README, Configuration). */
@ApplicationScoped
public class ForwardingSettings {

    /** The most statements one POST may carry: larger bodies only risk an LRS's request size limit. */
    static final int MAX_BATCH = 500;

    @Inject
    @ConfigProperty(name = "s3.xapi.forward.batch", defaultValue = "50")
    int batch;

    @Inject
    @ConfigProperty(name = "s3.xapi.forward.attempts", defaultValue = "8")
    int attempts;

    @Inject
    @ConfigProperty(name = "s3.xapi.forward.retry-seconds", defaultValue = "10")
    int retrySeconds;

    @Inject
    @ConfigProperty(name = "s3.xapi.forward.longest-retry-minutes", defaultValue = "30")
    int longestRetryMinutes;

    @Inject
    @ConfigProperty(name = "s3.xapi.forward.connect-timeout-seconds", defaultValue = "5")
    int connectTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "s3.xapi.forward.timeout-seconds", defaultValue = "30")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "s3.xapi.forward.alert-minutes", defaultValue = "30")
    int alertMinutes;

    @Inject
    @ConfigProperty(name = "s3.xapi.forward.senders", defaultValue = "2")
    int senders;

    protected ForwardingSettings() {
    }

    public ForwardingSettings(int batch, int attempts, Duration firstRetry, Duration longestRetry,
            Duration connectTimeout, Duration timeout, Duration alertAfter, int senders) {
        this.batch = batch;
        this.attempts = attempts;
        this.retrySeconds = (int) firstRetry.toSeconds();
        this.longestRetryMinutes = (int) longestRetry.toMinutes();
        this.connectTimeoutSeconds = (int) connectTimeout.toSeconds();
        this.timeoutSeconds = (int) timeout.toSeconds();
        this.alertMinutes = (int) alertAfter.toMinutes();
        this.senders = senders;
    }

    /** Refuses a setting out of range at start, rather than at the first send. */
    public void check() {
        batch();
        policy();
        lease();
        alertAfter();
        senders();
    }

    public int batch() {
        return within("S3_XAPI_FORWARD_BATCH", batch, 1, MAX_BATCH);
    }

    public DeliveryPolicy policy() {
        Duration first = Duration.ofSeconds(within("S3_XAPI_FORWARD_RETRY_SECONDS", retrySeconds, 1, 86_400));
        Duration longest = Duration.ofMinutes(
                within("S3_XAPI_FORWARD_LONGEST_RETRY_MINUTES", longestRetryMinutes, 1, 1440));
        return new DeliveryPolicy(within("S3_XAPI_FORWARD_ATTEMPTS", attempts, 1, 1000), first,
                longest.compareTo(first) < 0 ? first : longest);
    }

    public Duration connectTimeout() {
        return Duration.ofSeconds(within("S3_XAPI_FORWARD_CONNECT_TIMEOUT_SECONDS", connectTimeoutSeconds, 1, 300));
    }

    /** The longest one request may take, from sending to the end of the answer. */
    public Duration timeout() {
        return Duration.ofSeconds(within("S3_XAPI_FORWARD_TIMEOUT_SECONDS", timeoutSeconds, 1, 600));
    }

    /**
     * How long a sender holds the rows it claimed: twice what its request may take and a margin, so a live sender
     * never loses them, while those of a sender that died are free again soon after a restart.
     */
    public Duration lease() {
        return connectTimeout().plus(timeout()).multipliedBy(2).plusSeconds(10);
    }

    /** An undelivered statement older than this starts a lag episode: administrators are told once. */
    public Duration alertAfter() {
        return Duration.ofMinutes(within("S3_XAPI_FORWARD_ALERT_MINUTES", alertMinutes, 1, 10_080));
    }

    /** How many threads send at the same time, each to the endpoint whose turn it is. */
    public int senders() {
        return within("S3_XAPI_FORWARD_SENDERS", senders, 1, 16);
    }

    private static int within(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalStateException(name + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }
}
