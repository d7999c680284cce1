package eu.s3learning.core.progress;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.cohort.Cohort;
import eu.s3learning.core.cohort.Cohorts;
import eu.s3learning.core.cohort.EnrolmentStatus;
import eu.s3learning.core.cohort.Enrolment;
import eu.s3learning.core.journal.LearningEventSubject;
import eu.s3learning.core.journal.LearningEventType;
import eu.s3learning.core.journal.LearningJournal;
import eu.s3learning.core.programme.CompletionMode;
import eu.s3learning.core.programme.PhaseKind;
import eu.s3learning.core.programme.Programmes;
import eu.s3learning.core.programme.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A learner's progress through units, whatever their kind, and the journey it adds up to. The
 * learner's enrolment row is locked for every change, so completions of two units at once both
 * count and a phase is recorded as completed exactly once.
 */
@ApplicationScoped
@Transactional
public class LearnerProgress {

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Inject
    Cohorts cohorts;

    @Inject
    Programmes programmes;

    @Inject
    LearningJournal journal;

    @Inject
    Event<JourneyCompleted> completed;

    @Inject
    Clock clock;

    /** The learner's journey in one of their cohorts; anyone else's enrolment is refused. */
    public Journey journey(long personId, long enrolmentId) {
        Enrolment enrolment = cohorts.enrolment(enrolmentId);
        if (enrolment.person().id() != personId) {
            throw new RuleViolation("error.forbidden");
        }
        return journeyOf(enrolment);
    }

    /** The journey of any trainee, for their trainer (the caller checks the trainer). */
    public Journey journeyOf(Enrolment enrolment) {
        return Journey.of(enrolment, progress(enrolment.id()), clock.instant());
    }

    /** The journeys of several enrolments of one cohort (a group of sign-ups), with one query for all their progress. */
    public Map<Long, Journey> journeysOf(Collection<Enrolment> enrolments) {
        if (enrolments.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Long, UnitProgress>> all = byEnrolment(em.createQuery(
                        "select p from UnitProgress p where p.enrolmentId in :enrolments", UnitProgress.class)
                .setParameter("enrolments", enrolments.stream().map(Enrolment::id).toList()).getResultList());
        Instant now = clock.instant();
        return enrolments.stream().collect(Collectors.toMap(Enrolment::id,
                e -> Journey.of(e, all.getOrDefault(e.id(), Map.of()), now)));
    }

    public Map<Long, UnitProgress> progress(long enrolmentId) {
        return em.createQuery("select p from UnitProgress p where p.enrolmentId = :enrolment", UnitProgress.class)
                .setParameter("enrolment", enrolmentId).getResultList().stream()
                .collect(Collectors.toMap(UnitProgress::unitId, Function.identity()));
    }

    /** Progress of every enrolment of a cohort, for the trainer's matrix: enrolment id to unit id to progress. */
    public Map<Long, Map<Long, UnitProgress>> progressOfCohort(long cohortId) {
        List<UnitProgress> all = em.createQuery("select p from UnitProgress p where p.enrolmentId in"
                        + " (select e.id from Enrolment e where e.cohort.id = :cohort)", UnitProgress.class)
                .setParameter("cohort", cohortId).getResultList();
        return byEnrolment(all);
    }

    /** Enrolment id to unit id to progress. */
    private static Map<Long, Map<Long, UnitProgress>> byEnrolment(List<UnitProgress> all) {
        return all.stream().collect(Collectors.groupingBy(UnitProgress::enrolmentId,
                Collectors.toMap(UnitProgress::unitId, Function.identity())));
    }

    /** Every enrolled trainee's journey and unit states, for the trainer's matrix and exports (the caller checks the trainer). */
    public CohortProgress ofCohort(Cohort cohort) {
        Map<Long, Map<Long, UnitProgress>> all = progressOfCohort(cohort.id());
        Instant now = clock.instant();
        List<CohortProgress.Row> rows = cohorts.enrolments(cohort.id(), EnrolmentStatus.ENROLLED).stream().map(enrolment -> {
            Map<Long, UnitProgress> mine = all.getOrDefault(enrolment.id(), Map.of());
            Map<Long, UnitProgressStatus> states = mine.values().stream()
                    .collect(Collectors.toMap(UnitProgress::unitId, UnitProgress::status));
            return new CohortProgress.Row(enrolment, Journey.of(enrolment, mine, now), states);
        }).toList();
        return new CohortProgress(cohort, cohort.programme().units(), rows);
    }

    /** The learner opened a unit: recorded once, and it completes a unit completed by viewing. */
    public void experienced(long personId, long enrolmentId, long unitId) {
        Enrolment enrolment = ownOpenUnit(personId, enrolmentId, unitId);
        Unit unit = programmes.unit(unitId);
        UnitProgress progress = em.find(UnitProgress.class, new UnitProgress.Key(enrolmentId, unitId));
        if (progress == null) {
            progress = new UnitProgress(enrolmentId, unitId, clock.instant());
            em.persist(progress);
            journal.record(LearningEventType.UNIT_EXPERIENCED, subject(enrolment).unit(unitId), personId, null);
        }
        if (unit.completion() == CompletionMode.VIEWED) {
            complete(enrolment, progress, personId);
        }
    }

    /** The learner says they are done with a unit that is completed that way. */
    public void markDone(long personId, long enrolmentId, long unitId) {
        Enrolment enrolment = ownOpenUnit(personId, enrolmentId, unitId);
        if (programmes.unit(unitId).completion() != CompletionMode.MARKED_DONE) {
            throw new RuleViolation("error.unit.notMarkable");
        }
        complete(enrolment, started(enrolmentId, unitId), personId);
    }

    /**
     * The content of a unit reports completion (a package, a quiz); the caller has checked who
     * the learner is. Only units completed by their content accept it.
     */
    public void reported(long enrolmentId, long unitId) {
        Enrolment enrolment = cohorts.lockEnrolment(enrolmentId);
        if (programmes.unit(unitId).completion() != CompletionMode.REPORTED) {
            throw new RuleViolation("error.unit.notReported");
        }
        complete(enrolment, started(enrolmentId, unitId), enrolment.person().id());
    }

    /** A trainer marked the learner present or late at a session of the unit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void attended(Enrolment enrolment, long unitId, long trainerId) {
        complete(enrolment, started(enrolment.id(), unitId), trainerId);
    }

    /** A trainer corrected attendance to absent or excused: the unit is not completed by attending any more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notAttended(Enrolment enrolment, long unitId) {
        UnitProgress progress = em.find(UnitProgress.class, new UnitProgress.Key(enrolment.id(), unitId));
        if (progress != null) {
            progress.reopen();
        }
    }

    private Enrolment ownOpenUnit(long personId, long enrolmentId, long unitId) {
        Enrolment enrolment = cohorts.lockEnrolment(enrolmentId);
        if (enrolment.person().id() != personId) {
            throw new RuleViolation("error.forbidden");
        }
        if (!journeyOf(enrolment).unlocks(unitId)) {
            throw new RuleViolation("error.unit.locked");
        }
        return enrolment;
    }

    private UnitProgress started(long enrolmentId, long unitId) {
        UnitProgress progress = em.find(UnitProgress.class, new UnitProgress.Key(enrolmentId, unitId));
        if (progress == null) {
            progress = new UnitProgress(enrolmentId, unitId, clock.instant());
            em.persist(progress);
        }
        return progress;
    }

    private void complete(Enrolment enrolment, UnitProgress progress, long actorId) {
        Journey before = journeyOf(enrolment);
        Instant now = clock.instant();
        if (!progress.complete(now)) {
            return;
        }
        em.flush();
        journal.record(LearningEventType.UNIT_COMPLETED, subject(enrolment).unit(progress.unitId()), actorId, null);
        Journey after = journeyOf(enrolment);
        for (PhaseKind kind : PhaseKind.values()) {
            if (before.phase(kind).status() != PhaseStatus.COMPLETE && after.phase(kind).status() == PhaseStatus.COMPLETE) {
                journal.record(LearningEventType.PHASE_COMPLETED, subject(enrolment), actorId, kind.name());
            }
        }
        if (!before.complete() && after.complete()) {
            completed.fire(new JourneyCompleted(after));
        }
    }

    private static LearningEventSubject subject(Enrolment enrolment) {
        return LearningEventSubject.enrolment(enrolment.person().id(), enrolment.cohort().id(), enrolment.id());
    }
}
