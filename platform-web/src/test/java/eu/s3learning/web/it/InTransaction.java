package eu.s3learning.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs test code in a transaction through the {@code @Transactional} interceptor rather than a
 * {@code UserTransaction}. Payara's interceptor saves and restores the invocation's "UserTransaction
 * allowed" flag through a field that all threads share, so a background transaction (a timer, the
 * mail sender) could leave a test's request marked, and the test's next {@code UserTransaction.begin()}
 * failed with "Operation not allowed" (PrivacyIT, once in a CI run). The interceptor path never
 * consults that flag.
 */
@ApplicationScoped
public class InTransaction {

    /** Thrown to roll the work back; {@link #thenRollBack} catches it. */
    public static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RolledBack() {
            super(null, null, false, false);
        }
    }

    @Transactional
    public <T> T call(Supplier<T> work) {
        return work.get();
    }

    /** Runs the work in a transaction that is then rolled back, to look at what it wrote before it commits. */
    @Transactional
    public void runThenRollBack(Runnable work) {
        work.run();
        throw new RolledBack();
    }

    /** {@link #runThenRollBack} through the proxy of this bean, which the caller holds. */
    public static void thenRollBack(InTransaction proxy, Runnable work) {
        try {
            proxy.runThenRollBack(work);
        } catch (RolledBack expected) {
            // rolled back, as asked
        }
    }
}
