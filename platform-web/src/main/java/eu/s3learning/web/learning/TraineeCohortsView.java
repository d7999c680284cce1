package eu.s3learning.web.learning;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.cohort.Cohort;
import eu.s3learning.core.cohort.Cohorts;
import eu.s3learning.core.cohort.Enrolment;
import eu.s3learning.core.cohort.EnrolmentService;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A trainee's cohorts, and the cohorts open to join. */
@Named
@RequestScoped
public class TraineeCohortsView {

    @Inject
    Cohorts cohorts;

    @Inject
    EnrolmentService enrolments;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    @Inject
    Clock clock;

    private List<Enrolment> mine;

    public List<Enrolment> getMine() {
        if (mine == null) {
            mine = cohorts.enrolmentsOf(current.id());
        }
        return mine;
    }

    /** Cohorts the trainee could join, without the ones they are already in or waiting for. */
    public List<Cohort> getOpen() {
        Set<Long> taken = getMine().stream().filter(e -> e.status().active()).map(e -> e.cohort().id()).collect(Collectors.toSet());
        return cohorts.openForEnrolment(clock.instant()).stream().filter(c -> !taken.contains(c.id())).toList();
    }

    public String enrol(long cohortId) {
        try {
            Enrolment enrolment = enrolments.enrol(current.id(), cohortId);
            texts.info("enrolment.result." + enrolment.status().name());
            return "/trainee/journey?faces-redirect=true&enrolment=" + enrolment.id();
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
            return null;
        }
    }
}
