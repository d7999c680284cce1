package eu.s3learning.core.tracking.activity;

import eu.s3learning.core.cohort.Cohort;
import eu.s3learning.core.cohort.CohortAccess;
import eu.s3learning.core.cohort.Cohorts;
import eu.s3learning.core.cohort.Enrolment;
import eu.s3learning.core.identity.AccountStatus;
import eu.s3learning.core.identity.Language;
import eu.s3learning.core.tracking.lrs.statement.StatementStore;
import eu.s3learning.core.tracking.platform.PlatformStatements;
import eu.s3learning.xapi.Statement;
import eu.s3learning.xapi.StatementReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A cohort's statements in the platform's LRS, found by the registrations of its enrolments, for the cohort's own
 * trainers (and administrators) only: the activity table and the CSV export. Learners are named as the platform
 * knows them, which only those who run the cohort may see; erased people are no longer among them.
 */
@ApplicationScoped
@Transactional
public class CohortStatements {

    @Inject
    Cohorts cohorts;

    @Inject
    CohortAccess access;

    @Inject
    StatementStore store;

    @Inject
    PlatformStatements platform;

    /** Per learner and unit, what the cohort's statements say; refused to anyone who does not run the cohort. */
    public CohortActivity activity(long trainerId, long cohortId, Language language) {
        Cohort cohort = allowed(trainerId, cohortId);
        List<Enrolment> enrolments = learners(cohort);
        return CohortActivity.of(
                enrolments.stream().map(e -> new CohortActivity.Learner(e.id(), e.person().fullName())).toList(),
                cohort.programme().units().stream().map(u -> new CohortActivity.UnitColumn(u.id(), u.title())).toList(),
                platform.activityBase(), statements(enrolments), language);
    }

    /**
     * Every statement of the cohort's learners, oldest first, with the learner's name, for {@link CohortStatementsCsv};
     * refused to anyone who does not run the cohort.
     */
    public List<CohortStatementsCsv.Line> lines(long trainerId, long cohortId, Language language) {
        List<Enrolment> enrolments = learners(allowed(trainerId, cohortId));
        Map<UUID, String> names = new HashMap<>();
        enrolments.forEach(e -> names.put(PlatformStatements.registration(e.id()), e.person().fullName()));
        return statements(enrolments).stream()
                .map(statement -> ReadableStatement.of(statement, language))
                .map(readable -> new CohortStatementsCsv.Line(readable, names.get(readable.registration()))).toList();
    }

    private Cohort allowed(long trainerId, long cohortId) {
        Cohort cohort = cohorts.byId(cohortId);
        access.requireTrainerOf(cohort, trainerId);
        return cohort;
    }

    private List<Enrolment> learners(Cohort cohort) {
        return cohorts.enrolments(cohort.id()).stream()
                .filter(e -> e.person().status() != AccountStatus.ERASED).toList();
    }

    private List<Statement> statements(List<Enrolment> enrolments) {
        return store.inRegistrations(enrolments.stream().map(e -> PlatformStatements.registration(e.id())).toList())
                .stream().map(stored -> StatementReader.read(stored.body())).toList();
    }
}
