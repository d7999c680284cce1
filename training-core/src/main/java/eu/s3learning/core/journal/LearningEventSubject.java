package eu.s3learning.core.journal;

/** Whom and what an event is about: the learner, and where known the cohort, enrolment, unit and session. */
public record LearningEventSubject(long personId, Long cohortId, Long enrolmentId, Long unitId, Long sessionId) {

    /** The person alone, for what happens outside any cohort (e.g. joining the platform). */
    public static LearningEventSubject person(long personId) {
        return new LearningEventSubject(personId, null, null, null, null);
    }

    public static LearningEventSubject enrolment(long personId, long cohortId, long enrolmentId) {
        return new LearningEventSubject(personId, cohortId, enrolmentId, null, null);
    }

    public LearningEventSubject unit(long id) {
        return new LearningEventSubject(personId, cohortId, enrolmentId, id, sessionId);
    }

    public LearningEventSubject session(long id, long ofUnit) {
        return new LearningEventSubject(personId, cohortId, enrolmentId, ofUnit, id);
    }
}
