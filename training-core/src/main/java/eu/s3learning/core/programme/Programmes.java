package eu.s3learning.core.programme;

import eu.s3learning.core.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Where programmes, their modules and units are kept. */
@ApplicationScoped
@Transactional
public class Programmes {

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    public List<Programme> all() {
        return em.createQuery("select p from Programme p order by p.title, p.id", Programme.class).getResultList();
    }

    public Programme byId(long id) {
        return found(em.find(Programme.class, id), "error.programme.unknown");
    }

    /** The programme, locked against a concurrent edit of its structure. */
    public Programme lock(long id) {
        return found(em.find(Programme.class, id, LockModeType.PESSIMISTIC_WRITE), "error.programme.unknown");
    }

    public Phase phase(long id) {
        return found(em.find(Phase.class, id), "error.programme.unknown");
    }

    public CourseModule module(long id) {
        return found(em.find(CourseModule.class, id), "error.module.unknown");
    }

    public Unit unit(long id) {
        return found(em.find(Unit.class, id), "error.unit.unknown");
    }

    public void add(Programme programme) {
        em.persist(programme);
        em.flush();
    }

    /** Whether any learner has progress on the unit or any session is scheduled for it: then it stays. */
    public boolean inUse(Unit unit) {
        long progress = em.createQuery("select count(p) from UnitProgress p where p.unitId = :unit", Long.class)
                .setParameter("unit", unit.id()).getSingleResult();
        long sessions = em.createQuery("select count(s) from LiveSession s where s.unitId = :unit", Long.class)
                .setParameter("unit", unit.id()).getSingleResult();
        return progress + sessions > 0;
    }

    private static <T> T found(T entity, String unknownKey) {
        if (entity == null) {
            throw new RuleViolation(unknownKey);
        }
        return entity;
    }
}
