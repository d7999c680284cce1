package eu.s3learning.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The line's rules with real threads: while one write is under way the others line up, the next group takes them
 * (up to its size), each request gets its own answer, and a failed group is written again one by one unless its
 * failure is everyone's.
 */
class CommitLineTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<List<Integer>> groups = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> writtenAlone = Collections.synchronizedList(new ArrayList<>());
    /** Holds the first write until the rest have lined up behind it. */
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private CommitLine<Integer, String> line(Function<List<Integer>, List<String>> together,
            Predicate<RuntimeException> sameForAll, int largestGroup) {
        return new CommitLine<>(items -> {
            groups.add(List.copyOf(items));
            return together.apply(items);
        }, item -> {
            writtenAlone.add(item);
            if (item == 0) {
                await(release);
            }
            if (item < 0) {
                throw new IllegalArgumentException("refused: " + item);
            }
            return "answer " + item;
        }, sameForAll, largestGroup);
    }

    private static List<String> answers(List<Integer> items) {
        return items.stream().map(i -> "answer " + i).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Submits 0, which holds the line, then the others, each once the one before waits in line behind 0. */
    private List<Future<String>> submitBehindTheFirst(CommitLine<Integer, String> line, List<Integer> others)
            throws Exception {
        List<Future<String>> answers = new ArrayList<>();
        answers.add(threads.submit(() -> line.submit(0)));
        awaitUntil(() -> !writtenAlone.isEmpty(), "0 is being written");
        for (int i = 0; i < others.size(); i++) {
            int item = others.get(i);
            int ahead = i + 1;
            answers.add(threads.submit(() -> line.submit(item)));
            awaitUntil(() -> line.inLine() == ahead, item + " waits in line");
        }
        // The others cannot be answered before 0 is: they wait in line.
        for (Future<String> answer : answers) {
            assertTrue(!answer.isDone(), "no answer before the write under way has ended");
        }
        release.countDown();
        return answers;
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "waited 10 s for: " + what);
            Thread.sleep(1);
        }
    }

    /** The i-th request got the answer to item i. */
    private static void assertEachAnswered(List<Future<String>> answers) throws Exception {
        for (int i = 0; i < answers.size(); i++) {
            assertEquals("answer " + i, answers.get(i).get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void whoComesDuringAWriteIsWrittenInTheNextGroupAndEachGetsItsOwnAnswer() throws Exception {
        CommitLine<Integer, String> line = line(CommitLineTest::answers, failed -> false, 100);
        List<Future<String>> answers = submitBehindTheFirst(line, List.of(1, 2, 3, 4, 5));

        assertEachAnswered(answers);
        assertEquals(List.of(0), writtenAlone);
        assertEquals(1, groups.size(), "the five that came meanwhile are one group: " + groups);
        assertEquals(Set.of(1, 2, 3, 4, 5), new TreeSet<>(groups.get(0)));
        assertEquals("answer 7", line.submit(7), "an idle line writes at once");
    }

    @Test
    void aGroupTakesAtMostItsSize() throws Exception {
        CommitLine<Integer, String> line = line(CommitLineTest::answers, failed -> false, 2);
        List<Future<String>> answers = submitBehindTheFirst(line, List.of(1, 2, 3, 4, 5));

        assertEachAnswered(answers);
        List<Integer> sizes = new ArrayList<>(groups.stream().map(List::size).toList());
        assertEquals(List.of(2, 2), sizes, "groups " + groups + ", alone " + writtenAlone);
        assertEquals(2, writtenAlone.size(), "0 and the last one alone: " + writtenAlone);
    }

    @Test
    void aFailedGroupIsWrittenOneByOneAndOnlyTheBadRequestFails() throws Exception {
        CommitLine<Integer, String> line = line(items -> {
            if (items.stream().anyMatch(i -> i < 0)) {
                throw new IllegalStateException("the group's transaction rolled back");
            }
            return answers(items);
        }, failed -> false, 100);
        List<Future<String>> answers = submitBehindTheFirst(line, List.of(1, -2, 3));

        assertEquals("answer 0", answers.get(0).get(10, TimeUnit.SECONDS));
        assertEquals("answer 1", answers.get(1).get(10, TimeUnit.SECONDS));
        ExecutionException refused = assertThrows(ExecutionException.class, () -> answers.get(2).get(10, TimeUnit.SECONDS));
        assertEquals("refused: -2", refused.getCause().getMessage());
        assertEquals(IllegalArgumentException.class, refused.getCause().getClass(), "the request's own failure");
        assertEquals("answer 3", answers.get(3).get(10, TimeUnit.SECONDS));
        assertEquals(Set.of(0, 1, -2, 3), Set.copyOf(writtenAlone));
    }

    @Test
    void aFailureThatIsEveryonesAnswersTheWholeGroup() throws Exception {
        IllegalStateException closed = new IllegalStateException("the session is closed");
        CommitLine<Integer, String> line = line(items -> {
            throw closed;
        }, closed::equals, 100);
        List<Future<String>> answers = submitBehindTheFirst(line, List.of(1, 2, 3));

        assertEquals("answer 0", answers.get(0).get(10, TimeUnit.SECONDS));
        for (Future<String> answer : answers.subList(1, 4)) {
            ExecutionException refused = assertThrows(ExecutionException.class, () -> answer.get(10, TimeUnit.SECONDS));
            assertSame(closed, refused.getCause());
        }
        assertEquals(List.of(0), writtenAlone, "nobody written again one by one");
    }

    @Test
    void manyWritersEachGetTheirOwnAnswer() throws Exception {
        CommitLine<Integer, String> line = new CommitLine<>(items -> {
            groups.add(List.copyOf(items));
            return answers(items);
        }, item -> "answer " + item, failed -> false, 16);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            int item = i;
            answers.add(threads.submit(() -> line.submit(item)));
        }
        for (int i = 1; i <= 2000; i++) {
            assertEquals("answer " + i, answers.get(i - 1).get(30, TimeUnit.SECONDS));
        }
        assertTrue(groups.stream().allMatch(g -> g.size() <= 16));
    }
}
