package eu.s3learning.core.scheduling;

import eu.s3learning.core.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Trainees' own sign-ups, booked in groups. When places open, many trainees press "Sign up" for
 * the same session at once, and one by one each booking would hold the session's lock through
 * its commit while the rest wait: the last answer comes after hundreds of commits. Here the
 * requests that reach a session while a booking is under way line up, and the next booking
 * takes the whole line in arrival order in one transaction ({@link SeatBooking#signUpAll}).
 *
 * <p>No thread of its own: the first request of a line books it; when it is done, the oldest
 * request still waiting books the next line. The database lock on the session still decides,
 * so the rules hold across several servers; grouping only happens within one. A group that
 * fails for any reason other than a broken rule is booked again one by one, so that no request
 * fails for another's sake.
 */
@ApplicationScoped
public class SignUpQueue {

    private static final Logger LOG = Logger.getLogger(SignUpQueue.class.getName());

    @Inject
    SeatBooking booking;

    private final ConcurrentMap<Long, Line> lines = new ConcurrentHashMap<>();

    /**
     * The trainee's seat or place in line and the places left, once committed; a broken rule is
     * thrown as its {@link RuleViolation}.
     */
    public SignUpOutcome signUp(long personId, long sessionId) {
        Waiting request = new Waiting(personId);
        Line line = lines.computeIfAbsent(sessionId, Line::new);
        if (line.join(request)) {
            request.turn.complete(null);
        }
        CompletableFuture.anyOf(request.turn, request.outcome).join();
        if (!request.outcome.isDone()) {
            line.book();
        }
        try {
            return request.outcome.join().bookedOrThrow();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    private static final class Waiting {
        final long personId;
        /** Completed when this request is to book the line it stands in. */
        final CompletableFuture<Void> turn = new CompletableFuture<>();
        final CompletableFuture<SignUpOutcome> outcome = new CompletableFuture<>();

        Waiting(long personId) {
            this.personId = personId;
        }
    }

    private final class Line {
        final long sessionId;
        private final List<Waiting> waiting = new ArrayList<>();
        private boolean booking;

        Line(long sessionId) {
            this.sessionId = sessionId;
        }

        /** Joins the line; true when no booking is under way, so the caller books. */
        synchronized boolean join(Waiting request) {
            waiting.add(request);
            if (booking) {
                return false;
            }
            booking = true;
            return true;
        }

        /**
         * Books everyone in line now, hands the next turn to the oldest of those who came
         * meanwhile, then answers the group. In that order: answering wakes every thread of the
         * group at once, and the next booking, which all who came meanwhile wait for, would
         * otherwise queue for the processor behind them.
         */
        void book() {
            List<Waiting> group;
            synchronized (this) {
                group = new ArrayList<>(waiting);
                waiting.clear();
            }
            List<Runnable> answers = new ArrayList<>(group.size());
            try {
                List<SignUpOutcome> outcomes = SignUpQueue.this.booking.signUpAll(sessionId,
                        group.stream().map(w -> w.personId).toList());
                for (int i = 0; i < group.size(); i++) {
                    Waiting w = group.get(i);
                    SignUpOutcome outcome = outcomes.get(i);
                    answers.add(() -> w.outcome.complete(outcome));
                }
            } catch (RuleViolation refusedToAll) {
                // A rule of the session itself (an unknown session): every request of the group has the same answer.
                group.forEach(w -> answers.add(() -> w.outcome.completeExceptionally(refusedToAll)));
            } catch (RuntimeException groupFailed) {
                LOG.log(Level.WARNING, "A group of " + group.size() + " sign-ups for session " + sessionId
                        + " failed; booking them one by one", groupFailed);
                for (Waiting w : group) {
                    answers.add(bookAlone(w));
                }
            } finally {
                synchronized (this) {
                    if (waiting.isEmpty()) {
                        booking = false;
                    } else {
                        waiting.get(0).turn.complete(null);
                    }
                }
                answers.forEach(Runnable::run);
                // Whatever went wrong, nobody of the group is left waiting for an answer.
                group.forEach(w -> w.outcome.completeExceptionally(new IllegalStateException("The sign-up was not booked")));
            }
        }

        /** Books one request of a failed group on its own; returns how to answer it. */
        private Runnable bookAlone(Waiting w) {
            try {
                SignUpOutcome outcome = SignUpQueue.this.booking.signUpAll(sessionId, List.of(w.personId)).get(0);
                return () -> w.outcome.complete(outcome);
            } catch (RuntimeException failed) {
                return () -> w.outcome.completeExceptionally(failed);
            }
        }
    }
}
