package eu.s3learning.web.training;

import eu.s3learning.core.cohort.Cohort;
import eu.s3learning.core.cohort.CohortService;
import eu.s3learning.web.security.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The cohorts a trainer runs (all of them for an administrator). */
@Named
@RequestScoped
public class TrainerCohortsView {

    @Inject
    CohortService cohorts;

    @Inject
    CurrentPerson current;

    private List<Cohort> mine;

    public List<Cohort> getMine() {
        if (mine == null) {
            mine = cohorts.runBy(current.id(), current.has("ADMIN"));
        }
        return mine;
    }
}
