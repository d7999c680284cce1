package eu.s3learning.core.scheduling;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.persistence.CommitLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Trainees' own sign-ups, booked in groups. When places open, many trainees press "Sign up" for
 * the same session at once, and one by one each booking would hold the session's lock through
 * its commit while the rest wait: the last answer comes after hundreds of commits. Here the
 * requests that reach a session while a booking is under way line up, and the next booking
 * takes the whole line in arrival order in one transaction ({@link SeatBooking#signUpAll}), one
 * {@link CommitLine} per session.
 *
 * <p>The database lock on the session still decides, so the rules hold across several servers;
 * grouping only happens within one. A rule of the session itself (an unknown session) refuses the
 * whole group alike; a group that fails for any other reason is booked again one by one.
 */
@ApplicationScoped
public class SignUpQueue {

    @Inject
    SeatBooking booking;

    private final ConcurrentMap<Long, CommitLine<Long, SignUpOutcome>> lines = new ConcurrentHashMap<>();

    /**
     * The trainee's seat or place in line and the places left, once committed; a broken rule is
     * thrown as its {@link RuleViolation}.
     */
    public SignUpOutcome signUp(long personId, long sessionId) {
        return lines.computeIfAbsent(sessionId, this::line).submit(personId).bookedOrThrow();
    }

    private CommitLine<Long, SignUpOutcome> line(long sessionId) {
        return new CommitLine<>(personIds -> booking.signUpAll(sessionId, personIds),
                personId -> booking.signUpAll(sessionId, List.of(personId)).get(0),
                RuleViolation.class::isInstance, Integer.MAX_VALUE);
    }
}
