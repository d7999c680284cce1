package eu.s3learning.core.tracking.forwarding;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.audit.AuditLog;
import eu.s3learning.core.audit.SecurityEventType;
import eu.s3learning.core.programme.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The external LRSs an administrator forwards statements to: added, changed, removed (each audited, never with the
 * secret), and tested. A new endpoint receives the statements stored from then on; removing one drops what was
 * still waiting for it.
 */
@ApplicationScoped
@Transactional
public class ExternalLrsRegistry {

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Inject
    SecretSeal seal;

    @Inject
    EndpointStatus status;

    @Inject
    LrsTransport transport;

    @Inject
    AuditLog audit;

    @Inject
    Event<ExternalLrsChanged> changed;

    @Inject
    Clock clock;

    public List<ExternalLrs> all() {
        return em.createQuery("select e from ExternalLrs e order by e.name", ExternalLrs.class).getResultList();
    }

    public ExternalLrs byId(long id) {
        ExternalLrs found = em.find(ExternalLrs.class, id);
        if (found == null) {
            throw new RuleViolation("forwarding.unknown");
        }
        return found;
    }

    public ExternalLrs add(ExternalLrsDraft draft, long adminId, String clientAddress) {
        ExternalLrsDraft checked = checked(draft, true, null);
        ExternalLrs added = new ExternalLrs(checked, seal.seal(checked.secret()), clock.instant(), adminId);
        em.persist(added);
        em.flush();
        status.start(added.id());
        audit.record(SecurityEventType.EXTERNAL_LRS_ADDED, added.id(), adminId, null, clientAddress, described(added));
        changed.fire(new ExternalLrsChanged(added.id()));
        return added;
    }

    /** Changes an endpoint; a draft without a secret keeps the one it has. */
    public void change(long id, ExternalLrsDraft draft, long adminId, String clientAddress) {
        ExternalLrs endpoint = em.find(ExternalLrs.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (endpoint == null) {
            throw new RuleViolation("forwarding.unknown");
        }
        ExternalLrsDraft checked = checked(draft, false, id);
        endpoint.apply(checked, checked.secret() == null ? null : seal.seal(checked.secret()));
        audit.record(SecurityEventType.EXTERNAL_LRS_CHANGED, id, adminId, null, clientAddress,
                described(endpoint) + (checked.secret() == null ? "" : ", new secret"));
        changed.fire(new ExternalLrsChanged(id));
    }

    /** Removes the endpoint with its outbox rows and dead letters: nothing more is sent to it. */
    public void remove(long id, long adminId, String clientAddress) {
        ExternalLrs endpoint = byId(id);
        em.remove(endpoint);
        audit.record(SecurityEventType.EXTERNAL_LRS_REMOVED, id, adminId, null, clientAddress, described(endpoint));
        changed.fire(new ExternalLrsChanged(id));
    }

    /** Asks the endpoint whether it is an LRS and knows the credentials; nothing is stored. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ConnectionTest test(long id) {
        ExternalLrs endpoint = byId(id);
        return transport.test(new ForwardingTarget(endpoint.id(), endpoint.name(), endpoint.endpoint(),
                endpoint.apiKey(), endpoint.sealedSecret()));
    }

    /** Seals the secrets kept as given, once S3_SECRET_KEY is configured; returns how many. */
    public int sealStoredSecrets() {
        int sealed = 0;
        for (ExternalLrs endpoint : all()) {
            if (seal.needsSealing(endpoint.sealedSecret())) {
                endpoint.reseal(seal.seal(seal.open(endpoint.sealedSecret())));
                sealed++;
            }
        }
        return sealed;
    }

    /** Whether secrets are sealed at rest; the page says so when they are not. */
    public boolean sealsSecrets() {
        return seal.sealing();
    }

    private ExternalLrsDraft checked(ExternalLrsDraft draft, boolean secretRequired, Long id) {
        ExternalLrsDraft checked = draft.checked(secretRequired);
        TypedQuery<Long> sameName = em.createQuery("select count(e) from ExternalLrs e"
                + " where lower(e.name) = lower(:name)" + (id == null ? "" : " and e.id <> :id"), Long.class)
                .setParameter("name", checked.name());
        if (id != null) {
            sameName.setParameter("id", id);
        }
        if (sameName.getSingleResult() > 0) {
            throw new RuleViolation("forwarding.name.taken");
        }
        if (checked.programmeId() != null && em.find(Programme.class, checked.programmeId()) == null) {
            throw new RuleViolation("forwarding.programme.unknown");
        }
        return checked;
    }

    private static String described(ExternalLrs endpoint) {
        return endpoint.name() + " <" + endpoint.endpoint() + ">"
                + (endpoint.programmeId() == null ? "" : ", programme " + endpoint.programmeId());
    }
}
