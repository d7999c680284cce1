package eu.s3learning.core.scheduling;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.cohort.CohortAccess;
import eu.s3learning.core.cohort.Cohorts;
import eu.s3learning.core.cohort.Enrolment;
import eu.s3learning.core.journal.LearningEventType;
import eu.s3learning.core.journal.LearningJournal;
import eu.s3learning.core.progress.LearnerProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Trainers mark who came to a session. Present or late completes the session's unit for the
 * trainee; a later correction to absent or excused takes that completion back.
 */
@ApplicationScoped
@Transactional
public class AttendanceRegister {

    @Inject
    Sessions sessions;

    @Inject
    Cohorts cohorts;

    @Inject
    CohortAccess access;

    @Inject
    LearnerProgress progress;

    @Inject
    LearningJournal journal;

    @Inject
    Clock clock;

    public void mark(long trainerId, long sessionId, long enrolmentId, AttendanceStatus status) {
        LiveSession session = sessions.byId(sessionId);
        access.requireTrainerOf(session.cohort(), trainerId);
        Seat seat = sessions.seat(sessionId, enrolmentId).filter(s -> s.status() == SeatStatus.SEATED)
                .orElseThrow(() -> new RuleViolation("error.attendance.notSeated"));
        record(seat, status, trainerId);
    }

    /**
     * Marks every seated trainee who has no mark yet, for a trainer who marks the few exceptions before or after:
     * a mark already given (an excused absence, someone late) is never overwritten by it. Returns how many it marked.
     */
    public int markUnmarked(long trainerId, long sessionId, AttendanceStatus status) {
        LiveSession session = sessions.byId(sessionId);
        access.requireTrainerOf(session.cohort(), trainerId);
        Set<Long> marked = sessions.attendanceOf(sessionId).stream().map(Attendance::enrolmentId).collect(Collectors.toSet());
        List<Seat> unmarked = sessions.seats(sessionId, SeatStatus.SEATED).stream()
                .filter(seat -> !marked.contains(seat.enrolment().id())).toList();
        unmarked.forEach(seat -> record(seat, status, trainerId));
        return unmarked.size();
    }

    private void record(Seat seat, AttendanceStatus status, long trainerId) {
        if (status == null) {
            throw new RuleViolation("error.attendance.statusRequired");
        }
        Enrolment enrolment = cohorts.lockEnrolment(seat.enrolment().id());
        LiveSession session = seat.session();
        Attendance attendance = sessions.attendance(session.id(), enrolment.id()).orElse(null);
        if (attendance == null) {
            attendance = new Attendance(session.id(), enrolment.id());
            sessions.add(attendance);
        } else if (attendance.status() == status) {
            return;
        }
        attendance.mark(status, trainerId, clock.instant());
        journal.record(status.attended() ? LearningEventType.ATTENDED : LearningEventType.ABSENT,
                SeatBooking.subject(seat), trainerId, status.name());
        if (status.attended()) {
            progress.attended(enrolment, session.unitId(), trainerId);
        } else {
            progress.notAttended(enrolment, session.unitId());
        }
    }
}
