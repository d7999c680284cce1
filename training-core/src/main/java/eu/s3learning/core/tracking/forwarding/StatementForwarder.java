package eu.s3learning.core.tracking.forwarding;

import eu.s3learning.core.tracking.lrs.statement.StatementStore;
import eu.s3learning.core.tracking.lrs.statement.StoredStatement;
import eu.s3learning.xapi.AttachmentContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;

/**
 * Delivers the outbox, at least once: claims a batch for an endpoint, sends it with no transaction open, and
 * records what the answer means ({@link DeliveryOutcome}). Any number of senders, in this process or others, may
 * run at once: claims keep them off each other's rows. A sender that dies between sending and recording leaves
 * rows that are sent again once their lease runs out; the statement ids make that harmless to the target.
 */
@ApplicationScoped
public class StatementForwarder {

    private static final Logger LOG = Logger.getLogger(StatementForwarder.class.getName());

    @Inject
    ForwardingOutbox outbox;

    @Inject
    EndpointStatus status;

    @Inject
    StatementStore store;

    @Inject
    LrsTransport transport;

    @Inject
    ForwardingSettings settings;

    @Inject
    Clock clock;

    /** Null: each thread's own. */
    private RandomGenerator random;

    /** Whose turn it is, so that one endpoint's long queue does not keep the others waiting. */
    private final AtomicInteger turn = new AtomicInteger();

    protected StatementForwarder() {
    }

    public StatementForwarder(ForwardingOutbox outbox, EndpointStatus status, StatementStore store,
            LrsTransport transport, ForwardingSettings settings, Clock clock, RandomGenerator random) {
        this.outbox = outbox;
        this.status = status;
        this.store = store;
        this.transport = transport;
        this.settings = settings;
        this.clock = clock;
        this.random = random;
    }

    /**
     * Sends batches until nothing is due or the time given is up, so a sender thread comes back to its pool.
     *
     * @return how many batches were sent
     */
    public int forwardDue(Duration budget) {
        long end = System.nanoTime() + budget.toNanos();
        int sent = 0;
        try {
            while (System.nanoTime() < end && forwardNext()) {
                sent++;
            }
        } catch (RuntimeException failed) {
            // The database, most likely: claimed rows come free when their lease runs out.
            LOG.log(Level.WARNING, "Forwarding stopped until the next round", failed);
        }
        return sent;
    }

    /** Sends one batch to the next endpoint in turn that has statements due; false when none has. */
    public boolean forwardNext() {
        Instant now = clock.instant();
        List<ForwardingTarget> due = status.due(now);
        int start = due.isEmpty() ? 0 : Math.floorMod(turn.getAndIncrement(), due.size());
        for (int i = 0; i < due.size(); i++) {
            ForwardingTarget target = due.get((start + i) % due.size());
            Claim claim = outbox.claim(target.id(), settings.batch(), now, settings.lease());
            if (!claim.isEmpty()) {
                send(target, claim);
                return true;
            }
        }
        return false;
    }

    private void send(ForwardingTarget target, Claim claim) {
        Map<UUID, StoredStatement> found = store.byIds(claim.statementIds());
        // A statement erased since it was claimed took its outbox row with it.
        List<StoredStatement> statements = claim.statementIds().stream().map(found::get).filter(Objects::nonNull)
                .toList();
        if (statements.isEmpty()) {
            return;
        }
        Map<Long, List<AttachmentContent>> attachments = store.attachments(
                statements.stream().filter(StoredStatement::hasAttachments).map(StoredStatement::seq).toList());
        Delivery delivery = transport.deliver(target, statements, attachments);
        record(target, claim, delivery);
    }

    private void record(ForwardingTarget target, Claim claim, Delivery delivery) {
        Instant now = clock.instant();
        DeliveryPolicy policy = settings.policy();
        DeliveryOutcome outcome = delivery.outcome();
        if (outcome == DeliveryOutcome.DELIVERED) {
            outbox.delivered(claim, now);
            return;
        }
        if (outcome.backsOffEndpoint()) {
            int failures = status.failed(target.id(), delivery.error(), now,
                    n -> policy.retryDelay(n, delivery.retryAfter(), random()));
            if (failures == 1) {
                LOG.warning(() -> "Forwarding to " + target.name() + " failed (" + delivery.error()
                        + "); trying again with back-off");
            }
        } else {
            status.answered(target.id(), 0, delivery.error(), now);
        }
        if (!outcome.chargesStatements()) {
            outbox.release(claim);
        } else if (claim.rows().size() > 1) {
            outbox.sendAlone(claim);
        } else {
            int attempts = claim.rows().get(0).attempts() + 1;
            if (policy.deadAfter(attempts, outcome)) {
                outbox.bury(claim, attempts, now, delivery.error());
                LOG.info(() -> "Statement " + claim.rows().get(0).statementId() + " is a dead letter for "
                        + target.name() + ": " + delivery.error());
            } else {
                outbox.charge(claim, attempts, now.plus(policy.retryDelay(attempts, random())), delivery.error());
            }
        }
    }

    private RandomGenerator random() {
        return random != null ? random : ThreadLocalRandom.current();
    }
}
