package eu.s3learning.core.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Read access to the seeded reference data. */
@ApplicationScoped
@Transactional
public class ReferenceData {

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    public List<Country> countries() {
        return em.createQuery("select c from Country c order by c.sortOrder", Country.class).getResultList();
    }

    public Optional<Country> country(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Country.class, code));
    }

    public List<ThematicArea> thematicAreas() {
        return em.createQuery("select t from ThematicArea t order by t.sortOrder", ThematicArea.class).getResultList();
    }
}
