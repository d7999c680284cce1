package eu.s3learning.core.cohort;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.identity.AccountStatus;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Who may run a cohort: its own trainers, and administrators. Every trainer action asks here first. */
@ApplicationScoped
public class CohortAccess {

    @Inject
    People people;

    public void requireTrainerOf(Cohort cohort, long personId) {
        if (!mayRun(cohort, personId)) {
            throw new RuleViolation("error.forbidden");
        }
    }

    public boolean mayRun(Cohort cohort, long personId) {
        Person person = people.byId(personId).orElse(null);
        if (person == null || person.status() != AccountStatus.ACTIVE) {
            return false;
        }
        return person.hasRole(Role.ADMIN) || person.hasRole(Role.TRAINER) && cohort.trainedBy(personId);
    }

    public void requireTrainer(long personId) {
        Person person = people.byId(personId).orElseThrow(() -> new RuleViolation("error.forbidden"));
        if (!person.hasRole(Role.TRAINER) && !person.hasRole(Role.ADMIN)) {
            throw new RuleViolation("error.forbidden");
        }
    }
}
