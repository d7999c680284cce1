package eu.s3learning.core.audit;

import eu.s3learning.core.persistence.LikePattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** The audit log of security events. Written in the transaction of the event it records. */
@ApplicationScoped
@Transactional
public class AuditLog {

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public void record(SecurityEventType type, Long subjectId, Long actorId, String email, String clientAddress, String detail) {
        em.persist(new SecurityEvent(clock.instant(), type, subjectId, actorId, email, clientAddress, detail));
    }

    /** Newest first, filtered by type and by a part of the e-mail address. */
    public List<SecurityEvent> search(SecurityEventType type, String emailPart, int first, int pageSize) {
        TypedQuery<SecurityEvent> query = em.createQuery(
                "select e from SecurityEvent e" + where(type, emailPart) + " order by e.id desc", SecurityEvent.class);
        bind(query, type, emailPart);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(SecurityEventType type, String emailPart) {
        TypedQuery<Long> query = em.createQuery("select count(e) from SecurityEvent e" + where(type, emailPart), Long.class);
        bind(query, type, emailPart);
        return query.getSingleResult();
    }

    private static String where(SecurityEventType type, String emailPart) {
        StringBuilder where = new StringBuilder();
        if (type != null) {
            where.append(" where e.type = :type");
        }
        if (!LikePattern.isBlank(emailPart)) {
            where.append(type == null ? " where" : " and").append(" e.email like :email");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, SecurityEventType type, String emailPart) {
        if (type != null) {
            query.setParameter("type", type);
        }
        if (!LikePattern.isBlank(emailPart)) {
            query.setParameter("email", LikePattern.containing(emailPart));
        }
    }
}
