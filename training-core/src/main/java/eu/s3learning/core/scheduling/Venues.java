package eu.s3learning.core.scheduling;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.cohort.CohortAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Venues and their rooms, shared by every cohort; trainers keep them. */
@ApplicationScoped
@Transactional
public class Venues {

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Inject
    CohortAccess access;

    public Venue create(long trainerId, String name, String address, String mapUrl, String notes, String zone) {
        access.requireTrainer(trainerId);
        Venue venue = new Venue(name, address, mapUrl, notes, zone);
        em.persist(venue);
        em.flush();
        return venue;
    }

    public void describe(long trainerId, long venueId, String name, String address, String mapUrl, String notes, String zone) {
        access.requireTrainer(trainerId);
        byId(venueId).describe(name, address, mapUrl, notes, zone);
    }

    public Room addRoom(long trainerId, long venueId, String name, int capacity) {
        access.requireTrainer(trainerId);
        Room room = byId(venueId).addRoom(name, capacity);
        em.flush();
        return room;
    }

    public List<Venue> all() {
        return em.createQuery("select v from Venue v order by v.name, v.id", Venue.class).getResultList();
    }

    public Venue byId(long id) {
        Venue venue = em.find(Venue.class, id);
        if (venue == null) {
            throw new RuleViolation("error.venue.unknown");
        }
        return venue;
    }

    public Room room(long id) {
        Room room = em.find(Room.class, id);
        if (room == null) {
            throw new RuleViolation("error.room.unknown");
        }
        return room;
    }
}
