package eu.s3learning.web.training;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.cohort.Cohort;
import eu.s3learning.core.cohort.CohortService;
import eu.s3learning.core.programme.Programme;
import eu.s3learning.core.programme.Programmes;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** A trainer plans a new cohort of a programme. */
@Named
@RequestScoped
public class NewCohortView {

    @Inject
    CohortService cohorts;

    @Inject
    Programmes programmes;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    private Long programmeId;
    private final CohortPlanForm plan = new CohortPlanForm();

    public List<Programme> getProgrammes() {
        return programmes.all();
    }

    public String create() {
        if (programmeId == null) {
            texts.error("error.programme.required");
            return null;
        }
        try {
            Cohort cohort = cohorts.create(current.id(), programmeId, plan.toPlan());
            texts.info("cohort.created");
            return "/trainer/cohort?faces-redirect=true&id=" + cohort.id();
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
            return null;
        }
    }

    public CohortPlanForm getPlan() {
        return plan;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }
}
