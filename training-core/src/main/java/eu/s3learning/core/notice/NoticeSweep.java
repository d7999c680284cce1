package eu.s3learning.core.notice;

import eu.s3learning.core.cohort.Cohort;
import eu.s3learning.core.cohort.CohortMoment;
import eu.s3learning.core.cohort.Cohorts;
import eu.s3learning.core.cohort.Enrolment;
import eu.s3learning.core.cohort.EnrolmentStatus;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.mail.MailKind;
import eu.s3learning.core.mail.MailQueue;
import eu.s3learning.core.mail.MailTemplates;
import eu.s3learning.core.progress.LearnerProgress;
import eu.s3learning.core.progress.PhaseStatus;
import eu.s3learning.core.programme.PhaseKind;
import eu.s3learning.core.programme.Unit;
import eu.s3learning.core.scheduling.LiveSession;
import eu.s3learning.core.scheduling.Seat;
import eu.s3learning.core.scheduling.SessionNotices;
import eu.s3learning.core.scheduling.Sessions;
import eu.s3learning.core.settings.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Sends what has come due: session reminders, phase openings (face-to-face sign-up once a
 * trainee can sign up; the wrap-up also when attendance or a trainer opens it for a trainee
 * after its window opened), deadline reminders. Run every
 * minute; each notice goes out once (see {@link NoticeLedger}), and a notice whose moment lies
 * longer ago than {@link NoticeSettings#staleAfter()} is skipped, so an old cohort is not
 * flooded after an outage. The wrap-up's opening is told while its window lasts: it is still
 * news to a trainee for whom it opened late.
 */
@ApplicationScoped
public class NoticeSweep {

    private static final Logger LOG = Logger.getLogger(NoticeSweep.class.getName());

    @Inject
    NoticeLedger ledger;

    @Inject
    NoticeSettings noticeSettings;

    @Inject
    Sessions sessions;

    @Inject
    SessionNotices sessionNotices;

    @Inject
    Cohorts cohorts;

    @Inject
    LearnerProgress progress;

    @Inject
    MailQueue mail;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    /** Returns how many notices went out. */
    public int run() {
        Instant now = clock.instant();
        int sent = 0;
        for (Seat seat : sessions.seatedStartingBetween(now, now.plus(noticeSettings.sessionLead()))) {
            String reference = seat.session().id() + "@" + seat.session().calendarSequence();
            sent += send(NoticeKind.SESSION_REMINDER, seat.enrolment(), reference, () -> sessionNotices.remind(seat));
        }
        Instant staleBefore = now.minus(noticeSettings.staleAfter());
        sent += openings(CohortMoment.PREPARATION_OPENS, PhaseKind.PREPARATION, staleBefore, now);
        sent += signUpsOpen(now);
        sent += wrapUpsOpen(now);
        Instant horizon = now.plus(noticeSettings.deadlineLead());
        sent += deadlines(CohortMoment.PREPARATION_CLOSES, PhaseKind.PREPARATION, now, horizon);
        sent += deadlines(CohortMoment.WRAP_UP_CLOSES, PhaseKind.WRAP_UP, now, horizon);
        return sent;
    }

    /** A phase that opened: told to the enrolled trainees for whom it is open now. */
    private int openings(CohortMoment moment, PhaseKind phase, Instant from, Instant to) {
        int sent = 0;
        for (Cohort cohort : cohorts.withMomentBetween(moment, from, to)) {
            for (Enrolment enrolment : cohorts.enrolments(cohort.id(), EnrolmentStatus.ENROLLED)) {
                if (progress.journeyOf(enrolment).phase(phase).status() == PhaseStatus.OPEN) {
                    sent += send(NoticeKind.PHASE_OPENING, enrolment, phase.name(), () -> phaseMail(MailKind.PHASE_OPENING, enrolment, phase, null));
                }
            }
        }
        return sent;
    }

    /**
     * The wrap-up, told to each enrolled trainee once it is open for them: when its window opens, or later, when
     * attendance of both days or a trainer's override opens it for them (the next sweep tells them). Only cohorts
     * whose wrap-up window is open now are looked at, and only trainees not told yet.
     */
    private int wrapUpsOpen(Instant now) {
        int sent = 0;
        for (Cohort cohort : cohorts.inWrapUpAt(now)) {
            Set<Long> told = ledger.sentIn(NoticeKind.PHASE_OPENING, PhaseKind.WRAP_UP.name(), cohort.id());
            for (Enrolment enrolment : cohorts.enrolments(cohort.id(), EnrolmentStatus.ENROLLED)) {
                if (!told.contains(enrolment.id())
                        && progress.journeyOf(enrolment).phase(PhaseKind.WRAP_UP).status() == PhaseStatus.OPEN) {
                    sent += send(NoticeKind.PHASE_OPENING, enrolment, PhaseKind.WRAP_UP.name(),
                            () -> phaseMail(MailKind.PHASE_OPENING, enrolment, PhaseKind.WRAP_UP, null));
                }
            }
        }
        return sent;
    }

    /**
     * Sign-up for the face-to-face days, told to each enrolled trainee once they can sign up: the phase is open to
     * them (their preparation is complete, or the cohort only recommends it), a session of the days takes sign-ups,
     * and they hold no place yet. Looked at from the preparation's opening until the first day begins, so a trainee
     * who completes the preparation hears of it at the next sweep.
     */
    private int signUpsOpen(Instant now) {
        int sent = 0;
        for (Cohort cohort : cohorts.beforeTheirDaysAt(now)) {
            Set<Long> days = cohort.programme().phase(PhaseKind.FACE_TO_FACE).units().stream().map(Unit::id).collect(Collectors.toSet());
            Optional<Instant> firstDeadline = sessions.ofCohort(cohort.id()).stream()
                    .filter(s -> days.contains(s.unitId()) && s.signupOpenAt(now))
                    .map(LiveSession::signupDeadline).min(Comparator.naturalOrder());
            if (firstDeadline.isEmpty()) {
                continue;
            }
            Set<Long> told = ledger.sentIn(NoticeKind.PHASE_OPENING, PhaseKind.FACE_TO_FACE.name(), cohort.id());
            Set<Long> booked = sessions.enrolmentsHoldingSeatsIn(cohort.id());
            for (Enrolment enrolment : cohorts.enrolments(cohort.id(), EnrolmentStatus.ENROLLED)) {
                if (!told.contains(enrolment.id()) && !booked.contains(enrolment.id())
                        && progress.journeyOf(enrolment).phase(PhaseKind.FACE_TO_FACE).status() == PhaseStatus.OPEN) {
                    sent += send(NoticeKind.PHASE_OPENING, enrolment, PhaseKind.FACE_TO_FACE.name(),
                            () -> signUpMail(enrolment, firstDeadline.get()));
                }
            }
        }
        return sent;
    }

    private void signUpMail(Enrolment enrolment, Instant firstDeadline) {
        Person person = enrolment.person();
        mail.send(person.email(), MailKind.SIGN_UP_OPEN, person.locale(), person.fullName(), enrolment.cohort().name(),
                settings.link("/trainee/journey.xhtml?enrolment=" + enrolment.id()),
                MailTemplates.dateTime(firstDeadline, person.locale(), person.timeZone()));
    }

    /** A phase about to close: told to the enrolled trainees who have not completed it. */
    private int deadlines(CohortMoment moment, PhaseKind phase, Instant from, Instant to) {
        int sent = 0;
        for (Cohort cohort : cohorts.withMomentBetween(moment, from, to)) {
            Instant closes = moment == CohortMoment.PREPARATION_CLOSES ? cohort.preparationClosesAt() : cohort.wrapUpClosesAt();
            for (Enrolment enrolment : cohorts.enrolments(cohort.id(), EnrolmentStatus.ENROLLED)) {
                if (progress.journeyOf(enrolment).phase(phase).status() != PhaseStatus.COMPLETE) {
                    sent += send(NoticeKind.DEADLINE_REMINDER, enrolment, phase.name() + "@" + closes,
                            () -> phaseMail(MailKind.DEADLINE_REMINDER, enrolment, phase, closes));
                }
            }
        }
        return sent;
    }

    private void phaseMail(MailKind kind, Enrolment enrolment, PhaseKind phase, Instant deadline) {
        Person person = enrolment.person();
        mail.send(person.email(), kind, person.locale(), person.fullName(),
                MailTemplates.word(person.locale(), "phase." + phase.name()), enrolment.cohort().name(),
                settings.link("/trainee/journey.xhtml?enrolment=" + enrolment.id()),
                deadline == null ? "" : MailTemplates.dateTime(deadline, person.locale(), person.timeZone()));
    }

    private int send(NoticeKind kind, Enrolment enrolment, String reference, Runnable queueMail) {
        try {
            return ledger.sendOnce(kind, enrolment.id(), reference, queueMail) ? 1 : 0;
        } catch (RuntimeException e) {
            // Concurrent sweeps take turns in the ledger; whatever else went wrong is tried again next minute.
            LOG.log(Level.FINE, "Notice " + kind + " for enrolment " + enrolment.id() + " not sent now", e);
            return 0;
        }
    }
}
