package eu.s3learning.core.cohort;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.identity.AccountStatus;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.journal.LearningEventSubject;
import eu.s3learning.core.journal.LearningEventType;
import eu.s3learning.core.journal.LearningJournal;
import eu.s3learning.core.mail.MailKind;
import eu.s3learning.core.mail.MailQueue;
import eu.s3learning.core.mail.MailTemplates;
import eu.s3learning.core.settings.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Getting into and out of a cohort. Every change that counts places locks the cohort's row
 * first, so two trainees taking the last place at once cannot both get it; whoever is refused
 * a place waits in arrival order and moves up, with a mail, when one frees.
 */
@ApplicationScoped
@Transactional
public class EnrolmentService {

    @Inject
    Cohorts cohorts;

    @Inject
    People people;

    @Inject
    CohortAccess access;

    @Inject
    LearningJournal journal;

    @Inject
    MailQueue mail;

    @Inject
    PlatformSettings settings;

    @Inject
    Event<EnrolmentEnded> ended;

    @Inject
    Clock clock;

    /** A trainee asks to join: enrolled, waitlisted or pending approval, as the cohort's mode and places say. */
    public Enrolment enrol(long personId, long cohortId) {
        Cohort cohort = cohorts.lock(cohortId);
        if (cohort.enrolmentMode() == EnrolmentMode.INVITATION) {
            throw new RuleViolation("error.enrolment.invitationOnly");
        }
        return join(cohort, activePerson(personId), cohort.enrolmentMode() == EnrolmentMode.APPROVAL);
    }

    /**
     * A trainer adds a person (invitation accepted, import, on their behalf): no approval needed,
     * but places and the closing date still hold.
     */
    public Enrolment admitByTrainer(long trainerId, long personId, long cohortId) {
        Cohort cohort = cohorts.lock(cohortId);
        access.requireTrainerOf(cohort, trainerId);
        return join(cohort, activePerson(personId), false);
    }

    /** A person joins through an invitation a trainer sent; the invitation stands for the trainer's approval. */
    public Enrolment admitInvited(long personId, long cohortId) {
        return join(cohorts.lock(cohortId), activePerson(personId), false);
    }

    private Enrolment join(Cohort cohort, Person person, boolean needsApproval) {
        Instant now = clock.instant();
        if (!cohort.enrolmentOpenAt(now)) {
            throw new RuleViolation("error.enrolment.closed");
        }
        Enrolment enrolment = cohorts.enrolment(cohort.id(), person.id()).orElse(null);
        if (enrolment == null) {
            enrolment = new Enrolment(cohort, person, now);
            cohorts.add(enrolment);
        } else {
            enrolment.requestAgain(now);
        }
        LearningEventSubject subject = subject(enrolment);
        if (needsApproval) {
            journal.record(LearningEventType.ENROLMENT_REQUESTED, subject, person.id(), null);
            notify(enrolment, MailKind.ENROLMENT_PENDING, cohort.name());
            return enrolment;
        }
        place(enrolment, person.id());
        return enrolment;
    }

    public void approve(long trainerId, long enrolmentId) {
        Enrolment enrolment = cohorts.lockEnrolment(enrolmentId);
        Cohort cohort = cohorts.lock(enrolment.cohort().id());
        access.requireTrainerOf(cohort, trainerId);
        if (enrolment.status() != EnrolmentStatus.PENDING) {
            throw new RuleViolation("error.enrolment.notPending");
        }
        place(enrolment, trainerId);
    }

    public void refuse(long trainerId, long enrolmentId, String reason) {
        Enrolment enrolment = cohorts.lockEnrolment(enrolmentId);
        access.requireTrainerOf(enrolment.cohort(), trainerId);
        enrolment.refuse(trainerId, reason, clock.instant());
        journal.record(LearningEventType.ENROLMENT_REFUSED, subject(enrolment), trainerId, enrolment.endReason());
        notify(enrolment, MailKind.ENROLMENT_REFUSED, enrolment.cohort().name(), enrolment.endReason());
    }

    /** The trainee leaves, or a trainer takes them out; a freed place goes to the first in line. */
    public void withdraw(long actorId, long enrolmentId, String reason) {
        Enrolment enrolment = cohorts.lockEnrolment(enrolmentId);
        Cohort cohort = cohorts.lock(enrolment.cohort().id());
        boolean self = enrolment.person().id() == actorId;
        if (!self) {
            access.requireTrainerOf(cohort, actorId);
        }
        boolean heldPlace = enrolment.enrolled();
        enrolment.withdraw(actorId, reason, clock.instant());
        journal.record(LearningEventType.WITHDRAWN, subject(enrolment), actorId, enrolment.endReason());
        ended.fire(new EnrolmentEnded(enrolment.id(), actorId));
        if (!self) {
            notify(enrolment, MailKind.ENROLMENT_WITHDRAWN, cohort.name(), enrolment.endReason());
        }
        if (heldPlace) {
            promoteWaiting(cohort, actorId);
        }
    }

    /** Applies a new plan; more places move people up from the waiting list at once. */
    public void replan(long trainerId, long cohortId, CohortPlan plan) {
        Cohort cohort = cohorts.lock(cohortId);
        access.requireTrainerOf(cohort, trainerId);
        cohort.replan(plan, cohorts.count(cohortId, EnrolmentStatus.ENROLLED));
        promoteWaiting(cohort, trainerId);
    }

    /** A trainer opens the wrap-up for a trainee who missed a face-to-face day; the reason is kept. */
    public void unlockWrapUp(long trainerId, long enrolmentId, String reason) {
        Enrolment enrolment = cohorts.lockEnrolment(enrolmentId);
        access.requireTrainerOf(enrolment.cohort(), trainerId);
        if (!enrolment.enrolled()) {
            throw new RuleViolation("error.enrolment.notActive");
        }
        enrolment.unlockWrapUp(trainerId, reason);
        journal.record(LearningEventType.WRAP_UP_UNLOCKED_BY_TRAINER, subject(enrolment), trainerId, enrolment.wrapUpOverride());
    }

    public List<Enrolment> waitingList(long cohortId) {
        return cohorts.enrolments(cohortId, EnrolmentStatus.WAITLISTED);
    }

    private void place(Enrolment enrolment, long actorId) {
        Cohort cohort = enrolment.cohort();
        long seated = cohorts.count(cohort.id(), EnrolmentStatus.ENROLLED);
        if (seated < cohort.capacity()) {
            admit(enrolment, actorId);
        } else {
            enrolment.waitlist();
            journal.record(LearningEventType.WAITLISTED, subject(enrolment), actorId, null);
            long position = cohorts.count(cohort.id(), EnrolmentStatus.WAITLISTED);
            notify(enrolment, MailKind.ENROLMENT_WAITLISTED, cohort.name(), position, settings.link("/trainee/journey.xhtml"));
        }
    }

    private void admit(Enrolment enrolment, long actorId) {
        Cohort cohort = enrolment.cohort();
        enrolment.admit(clock.instant());
        journal.record(LearningEventType.ENROLLED, subject(enrolment), actorId, null);
        Person person = enrolment.person();
        notify(enrolment, MailKind.ENROLLED, cohort.name(), cohort.programme().title(),
                MailTemplates.dateTime(cohort.preparationOpensAt(), person.locale(), person.timeZone()),
                settings.link("/trainee/journey.xhtml?enrolment=" + enrolment.id()));
    }

    private void promoteWaiting(Cohort cohort, long actorId) {
        long free = cohort.capacity() - cohorts.count(cohort.id(), EnrolmentStatus.ENROLLED);
        List<Enrolment> waiting = cohorts.enrolments(cohort.id(), EnrolmentStatus.WAITLISTED);
        for (int i = 0; i < free && i < waiting.size(); i++) {
            admit(waiting.get(i), actorId);
        }
    }

    private Person activePerson(long personId) {
        Person person = people.byId(personId).orElseThrow(() -> new RuleViolation("error.account.unknown"));
        if (person.status() != AccountStatus.ACTIVE) {
            throw new RuleViolation("error.account.inactive");
        }
        return person;
    }

    private void notify(Enrolment enrolment, MailKind kind, Object... details) {
        Person person = enrolment.person();
        Object[] arguments = new Object[details.length + 1];
        arguments[0] = person.fullName();
        System.arraycopy(details, 0, arguments, 1, details.length);
        mail.send(person.email(), kind, person.locale(), arguments);
    }

    static LearningEventSubject subject(Enrolment enrolment) {
        return LearningEventSubject.enrolment(enrolment.person().id(), enrolment.cohort().id(), enrolment.id());
    }
}
