package eu.s3learning.web.training;

import eu.s3learning.core.cohort.Cohort;
import eu.s3learning.core.cohort.CohortAccess;
import eu.s3learning.core.cohort.Cohorts;
import eu.s3learning.core.identity.Language;
import eu.s3learning.core.tracking.activity.CohortActivity;
import eu.s3learning.core.tracking.activity.CohortStatements;
import eu.s3learning.web.i18n.LocaleSelection;
import eu.s3learning.web.security.CurrentPerson;
import eu.s3learning.web.security.PageRefusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

/**
 * A cohort's xAPI activity per learner and unit, from the statements of its enrolments, for its own trainers and
 * administrators: anyone else gets 403, an unknown cohort 404.
 */
@Named
@RequestScoped
public class CohortActivityView {

    @Inject
    Cohorts cohorts;

    @Inject
    CohortAccess access;

    @Inject
    CohortStatements statements;

    @Inject
    CurrentPerson current;

    @Inject
    LocaleSelection locale;

    @Inject
    @Param(name = "id")
    Long id;
    private Cohort cohort;
    private CohortActivity activity;

    public void load() {
        PageRefusal.unlessAllowed(id, () -> access.mayRun(getCohort(), current.id()));
    }

    public Cohort getCohort() {
        if (cohort == null) {
            cohort = cohorts.byId(id);
        }
        return cohort;
    }

    public CohortActivity getActivity() {
        if (activity == null) {
            activity = statements.activity(current.id(), id, Language.ofTag(locale.getLanguage()).orElse(Language.EN));
        }
        return activity;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
