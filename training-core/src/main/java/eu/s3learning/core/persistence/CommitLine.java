package eu.s3learning.core.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes of one kind, committed in groups. When many requests write at once, each in a transaction of its own,
 * every one pays for a commit, and where they share a lock each holds it through its commit while the rest wait.
 * Here the requests that arrive while a group commits line up, and the next group takes the line in arrival order
 * (up to a size) and writes it in one transaction.
 *
 * <p>No thread of its own: the first request of a line writes it; when it is done, the oldest request still
 * waiting writes the next group. A request alone in its group is written on its own and gets its own answer or
 * failure. A group that fails for a reason that is the same for all of it ({@code sameForAll}) fails them all;
 * for any other reason each of the group is written again on its own, so that no request fails for another's
 * sake. Nobody is answered before the transaction that holds their write has ended.
 *
 * @param <T> what one request writes
 * @param <R> its answer
 */
public final class CommitLine<T, R> {

    private static final Logger LOG = Logger.getLogger(CommitLine.class.getName());

    private final Function<List<T>, List<R>> together;
    private final Function<T, R> alone;
    private final Predicate<RuntimeException> sameForAll;
    private final int largestGroup;
    private final List<Waiting<T, R>> waiting = new ArrayList<>();
    private boolean writing;

    /**
     * @param together writes a group in one transaction and answers each of it, in the group's order
     * @param alone writes one request in a transaction of its own
     * @param sameForAll whether a group's failure is every member's answer
     * @param largestGroup how many requests one group takes at most
     */
    public CommitLine(Function<List<T>, List<R>> together, Function<T, R> alone,
            Predicate<RuntimeException> sameForAll, int largestGroup) {
        if (largestGroup < 1) {
            throw new IllegalArgumentException("A group takes at least one request");
        }
        this.together = together;
        this.alone = alone;
        this.sameForAll = sameForAll;
        this.largestGroup = largestGroup;
    }

    /** The request's answer, once the transaction that wrote it has committed; its failure is thrown. */
    public R submit(T item) {
        Waiting<T, R> request = new Waiting<>(item);
        if (join(request)) {
            request.turn.complete(null);
        }
        try {
            // Throws at once, as the outcome, when the group this request was in failed.
            CompletableFuture.anyOf(request.turn, request.outcome).join();
            if (!request.outcome.isDone()) {
                writeNextGroup();
            }
            return request.outcome.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    private static final class Waiting<T, R> {
        final T item;
        /** Completed when this request is to write the group it stands first in. */
        final CompletableFuture<Void> turn = new CompletableFuture<>();
        final CompletableFuture<R> outcome = new CompletableFuture<>();

        Waiting(T item) {
            this.item = item;
        }
    }

    /** How many requests wait in line, not yet taken into a group: lets the tests line requests up in a known order. */
    synchronized int inLine() {
        return waiting.size();
    }

    /** Joins the line; true when no group is being written, so the caller writes. */
    private synchronized boolean join(Waiting<T, R> request) {
        waiting.add(request);
        if (writing) {
            return false;
        }
        writing = true;
        return true;
    }

    /**
     * Writes the group at the head of the line, hands the next turn to the oldest of those still waiting, then
     * answers the group. In that order: answering wakes every thread of the group at once, and the next group,
     * which all who came meanwhile wait for, would otherwise queue for the processor behind them.
     */
    private void writeNextGroup() {
        List<Waiting<T, R>> group;
        synchronized (this) {
            List<Waiting<T, R>> head = waiting.subList(0, Math.min(largestGroup, waiting.size()));
            group = new ArrayList<>(head);
            head.clear();
        }
        List<Runnable> answers = new ArrayList<>(group.size());
        try {
            if (group.size() == 1) {
                answers.add(alone(group.get(0)));
            } else {
                answers.addAll(together(group));
            }
        } finally {
            synchronized (this) {
                if (waiting.isEmpty()) {
                    writing = false;
                } else {
                    waiting.get(0).turn.complete(null);
                }
            }
            answers.forEach(Runnable::run);
            // Whatever went wrong, nobody of the group is left waiting for an answer.
            for (Waiting<T, R> w : group) {
                if (!w.outcome.isDone()) {
                    w.outcome.completeExceptionally(new IllegalStateException("The write was not made"));
                }
            }
        }
    }

    private List<Runnable> together(List<Waiting<T, R>> group) {
        List<Runnable> answers = new ArrayList<>(group.size());
        try {
            List<R> outcomes = together.apply(group.stream().map(w -> w.item).toList());
            for (int i = 0; i < group.size(); i++) {
                Waiting<T, R> w = group.get(i);
                R outcome = outcomes.get(i);
                answers.add(() -> w.outcome.complete(outcome));
            }
        } catch (RuntimeException failed) {
            if (sameForAll.test(failed)) {
                group.forEach(w -> answers.add(() -> w.outcome.completeExceptionally(failed)));
            } else {
                LOG.log(Level.FINE, failed, () -> "A group of " + group.size() + " writes failed; writing them one by one");
                group.forEach(w -> answers.add(alone(w)));
            }
        }
        return answers;
    }

    /** Writes one request on its own; returns how to answer it. */
    private Runnable alone(Waiting<T, R> w) {
        try {
            R outcome = alone.apply(w.item);
            return () -> w.outcome.complete(outcome);
        } catch (RuntimeException failed) {
            return () -> w.outcome.completeExceptionally(failed);
        }
    }
}
