package eu.s3learning.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {

    private final AtomicInteger calls = new AtomicInteger();
    private final BoundedMemo<Integer> memo = new BoundedMemo<>(input -> {
        calls.incrementAndGet();
        return input.length();
    }, 2, 5);

    @Test
    void anInputSeenBeforeIsAnsweredFromWhatWasKept() {
        assertEquals(3, memo.apply("abc"));
        assertEquals(3, memo.apply("abc"));
        assertEquals(1, calls.get());
    }

    @Test
    void noMoreThanTheBoundIsKeptAndLongInputsAreNeverKept() {
        memo.apply("toolong");
        memo.apply("toolong");
        assertEquals(2, calls.get(), "longer than 5: computed each time");
        memo.apply("a");
        memo.apply("b");
        memo.apply("c");
        memo.apply("c");
        assertEquals(6, calls.get(), "the third input found the memo full");
        memo.apply("a");
        memo.apply("b");
        assertEquals(6, calls.get(), "the first two stay");
    }
}
