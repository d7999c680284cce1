package eu.s3learning.core.signin;

import eu.s3learning.core.identity.AccountStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Whether a session signed in at a given epoch may go on: the account is active and nothing has ended its sessions since. */
@ApplicationScoped
public class SessionValidity {

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    /**
     * Asked on every signed-in request, so it reads two columns rather than the person and their roles, and outside
     * a transaction: one read needs none, and beginning and ending one cost more than the read (bench/seat-race).
     */
    public boolean stillValid(long personId, int epoch) {
        return !em.createQuery("select p.id from Person p where p.id = :id and p.status = :active"
                        + " and p.sessionEpoch = :epoch", Long.class)
                .setParameter("id", personId).setParameter("active", AccountStatus.ACTIVE).setParameter("epoch", epoch)
                .getResultList().isEmpty();
    }
}
