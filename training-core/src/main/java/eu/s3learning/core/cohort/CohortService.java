package eu.s3learning.core.cohort;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.programme.Programmes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Creating cohorts and choosing who trains them. */
@ApplicationScoped
@Transactional
public class CohortService {

    @Inject
    Cohorts cohorts;

    @Inject
    Programmes programmes;

    @Inject
    CohortAccess access;

    @Inject
    Clock clock;

    public Cohort create(long trainerId, long programmeId, CohortPlan plan) {
        access.requireTrainer(trainerId);
        Cohort cohort = new Cohort(programmes.byId(programmeId), plan, trainerId, clock.instant());
        cohorts.add(cohort);
        return cohort;
    }

    /** A trainer of the cohort adds another person with the trainer role (or an administrator) to run it with them. */
    public void addTrainer(long trainerId, long cohortId, long newTrainerId) {
        Cohort cohort = cohorts.lock(cohortId);
        access.requireTrainerOf(cohort, trainerId);
        try {
            access.requireTrainer(newTrainerId);
        } catch (RuleViolation notATrainer) {
            throw new RuleViolation("error.cohort.notATrainer");
        }
        cohort.addTrainer(newTrainerId);
    }

    /** The cohorts a trainer runs; an administrator sees all. */
    public List<Cohort> runBy(long personId, boolean administrator) {
        return administrator ? cohorts.all() : cohorts.trainedBy(personId);
    }
}
