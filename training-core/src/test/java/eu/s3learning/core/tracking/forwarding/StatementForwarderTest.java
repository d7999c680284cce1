package eu.s3learning.core.tracking.forwarding;

import static eu.s3learning.core.tracking.forwarding.ForwardingDatabase.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.persistence.TestDatabases.TestDatabase;
import eu.s3learning.core.persistence.TestDatabases;
import eu.s3learning.core.tracking.lrs.statement.StoredStatement;
import eu.s3learning.xapi.AttachmentContent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sender against a real HTTP endpoint (H2 and, where configured, MariaDB): what it sends, and what it does when
 * the endpoint fails, hangs, drops the connection, refuses a statement or holds another under its id. The clock
 * is moved on by hand, so back-off delays pass at once; the HTTP timeouts are real.
 */
class StatementForwarderTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    /** Batches of 10, 3 refusals to a dead letter, 10 s to 1 min back-off, 1 s to connect and 1 s to answer. */
    private static final ForwardingSettings SETTINGS = new ForwardingSettings(10, 3, Duration.ofSeconds(10),
            Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMinutes(30), 2);

    static List<TestDatabase> databases() {
        return TestDatabases.available();
    }

    private record Setup(ForwardingDatabase db, MovableClock clock, StatementForwarder forwarder) {
    }

    private static Setup setup(ForwardingDatabase db) {
        MovableClock clock = new MovableClock(START);
        return new Setup(db, clock, new StatementForwarder(db.outbox, db.status, db.store,
                new LrsTransport(SETTINGS, db.seal), SETTINGS, clock, new Random(5)));
    }

    private static List<String> statements(int count) {
        return IntStream.range(0, count).mapToObj(i -> statement("http://s3/unit/" + i, null)).toList();
    }

    private static long status(ForwardingDatabase db, String column, long endpoint) throws Exception {
        return db.number("SELECT " + column + " FROM external_lrs_status WHERE endpoint_id = ?", endpoint);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void oneStatementGoesByPutToItsIdAndManyByPostInBatches(TestDatabase database) throws Exception {
        try (ForwardingDatabase db = new ForwardingDatabase(database); TestLrs target = new TestLrs()) {
            Setup s = setup(db);
            long endpoint = db.endpoint("Regional", target.endpoint(), null);
            List<UUID> single = db.store(START, statements(1));
            assertTrue(s.forwarder().forwardNext());
            assertEquals(List.of("PUT /xapi/statements?statementId=" + single.get(0)), target.requests());

            List<UUID> many = db.store(START, statements(25));
            assertEquals(3, s.forwarder().forwardDue(Duration.ofMinutes(1)));
            assertEquals(List.of("POST /xapi/statements"), target.requests().subList(1, 4).stream().distinct().toList());
            assertEquals(26, target.stored().size());
            assertTrue(target.stored().containsAll(many));
            assertEquals(0, target.unauthorised(), "key, secret and version header went with every request");
            assertEquals(List.of(), db.queued(endpoint));
            assertEquals(26, status(db, "delivered", endpoint));
            assertFalse(s.forwarder().forwardNext(), "nothing left");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("databasesAndFailures")
    void anEndpointThatFailsHangsOrDropsBacksOffAndGetsEverythingOnceItIsBack(TestDatabase database,
            TestLrs.Mode failure) throws Exception {
        try (ForwardingDatabase db = new ForwardingDatabase(database); TestLrs target = new TestLrs()) {
            Setup s = setup(db);
            long endpoint = db.endpoint("Flaky", target.endpoint(), null);
            List<UUID> ids = db.store(START, statements(5));
            target.mode(failure);

            long began = System.nanoTime();
            assertEquals(1, s.forwarder().forwardDue(Duration.ofMinutes(1)), "one try, then the endpoint waits");
            long tookMs = (System.nanoTime() - began) / 1_000_000;
            assertTrue(tookMs < 4_000, "bounded by the timeouts: " + tookMs + " ms");
            assertEquals(ids, db.queued(endpoint), "nothing lost");
            assertEquals(1, status(db, "failures", endpoint));
            assertEquals(0, db.number("SELECT MAX(attempts) FROM lrs_forward WHERE endpoint_id = ?", endpoint),
                    "not the statements' fault");
            assertFalse(s.forwarder().forwardNext(), "backing off");

            s.clock().advance(Duration.ofSeconds(10));
            s.forwarder().forwardDue(Duration.ofMinutes(1));
            assertEquals(2, status(db, "failures", endpoint), "still failing: the delay doubles");

            target.mode(TestLrs.Mode.ACCEPT);
            s.clock().advance(Duration.ofSeconds(20));
            s.forwarder().forwardDue(Duration.ofMinutes(1));
            assertEquals(Set.copyOf(ids), target.stored());
            assertEquals(List.of(), db.queued(endpoint));
            assertEquals(0, status(db, "failures", endpoint));
            assertEquals(0, target.conflicts());
        }
    }

    /** Each failure on each database, every pair on a database of its own. */
    static List<Object[]> databasesAndFailures() {
        return Stream.of(TestLrs.Mode.FAIL, TestLrs.Mode.HANG, TestLrs.Mode.DROP)
                .flatMap(mode -> databases().stream().map(db -> new Object[] {db, mode})).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aHangingEndpointDoesNotHoldUpAnother(TestDatabase database) throws Exception {
        try (ForwardingDatabase db = new ForwardingDatabase(database); TestLrs hanging = new TestLrs();
             TestLrs healthy = new TestLrs()) {
            Setup s = setup(db);
            hanging.mode(TestLrs.Mode.HANG);
            long stuck = db.endpoint("Hanging", hanging.endpoint(), null);
            long fine = db.endpoint("Healthy", healthy.endpoint(), null);
            List<UUID> ids = db.store(START, statements(30));

            long began = System.nanoTime();
            s.forwarder().forwardDue(Duration.ofMinutes(1));
            long tookMs = (System.nanoTime() - began) / 1_000_000;

            assertEquals(Set.copyOf(ids), healthy.stored());
            assertEquals(List.of(), db.queued(fine));
            assertEquals(ids, db.queued(stuck));
            assertTrue(tookMs < 5_000, "one timeout, then the hanging endpoint backs off: " + tookMs + " ms");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRefusedStatementLeavesItsBatchAndBecomesADeadLetterAfterTheConfiguredAttempts(TestDatabase database)
            throws Exception {
        try (ForwardingDatabase db = new ForwardingDatabase(database); TestLrs target = new TestLrs()) {
            Setup s = setup(db);
            long endpoint = db.endpoint("Picky", target.endpoint(), null);
            List<UUID> ids = db.store(START, statements(6));
            UUID poison = ids.get(2);
            target.refuse(poison);

            s.forwarder().forwardDue(Duration.ofMinutes(1));
            assertEquals(5, target.stored().size(), "the batch was split and the others went one by one");
            assertEquals(List.of(poison), db.queued(endpoint));
            assertEquals(1, db.number("SELECT attempts FROM lrs_forward WHERE statement_id = ?", poison.toString()));
            assertEquals(0, status(db, "failures", endpoint), "the endpoint is up; only the statement is refused");

            for (int attempt = 2; attempt <= 3; attempt++) {
                s.clock().advance(Duration.ofMinutes(1));
                s.forwarder().forwardDue(Duration.ofMinutes(1));
            }
            assertEquals(List.of(), db.queued(endpoint));
            assertEquals(List.of(poison), db.deadLetters(endpoint));
            assertEquals(4, target.arrivals(poison), "once in the batch, then three times alone");
            s.clock().advance(Duration.ofHours(1));
            assertFalse(s.forwarder().forwardNext(), "a dead letter is not sent again by itself");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aConflictIsADeadLetterAtOnce(TestDatabase database) throws Exception {
        try (ForwardingDatabase db = new ForwardingDatabase(database); TestLrs target = new TestLrs()) {
            Setup s = setup(db);
            long endpoint = db.endpoint("Shared", target.endpoint(), null);
            List<UUID> ids = db.store(START, statements(1));
            target.holdOther(ids.get(0));

            s.forwarder().forwardDue(Duration.ofMinutes(1));
            assertEquals(ids, db.deadLetters(endpoint));
            assertEquals(1, target.arrivals(ids.get(0)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void attachmentsTravelWithTheirStatement(TestDatabase database) throws Exception {
        try (ForwardingDatabase db = new ForwardingDatabase(database); TestLrs target = new TestLrs()) {
            Setup s = setup(db);
            db.endpoint("Files", target.endpoint(), null);
            byte[] content = "here is a simple attachment".getBytes(StandardCharsets.UTF_8);
            String sha2 = "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a";
            String withFile = "{\"id\":\"" + UUID.randomUUID() + "\",\"actor\":{\"mbox\":\"mailto:ana@example.ro\"},"
                    + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/attended\"},\"object\":{\"id\":\"http://s3/x\"},"
                    + "\"attachments\":[{\"usageType\":\"http://s3/usage\",\"display\":{\"en\":\"Notes\"},"
                    + "\"contentType\":\"text/plain\",\"length\":27,\"sha2\":\"" + sha2 + "\"}]}";
            UUID id = db.store(START, List.of(withFile), List.of(new AttachmentContent(sha2, "text/plain", content)))
                    .get(0);

            s.forwarder().forwardDue(Duration.ofMinutes(1));
            assertTrue(target.stored().contains(id));
            assertEquals(1, target.attachmentParts(id));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSenderThatDiedAfterSendingIsCoveredBySendingAgainWhichTheTargetStoresOnce(TestDatabase database)
            throws Exception {
        try (ForwardingDatabase db = new ForwardingDatabase(database); TestLrs target = new TestLrs()) {
            Setup s = setup(db);
            long endpoint = db.endpoint("Regional", target.endpoint(), null);
            List<UUID> ids = db.store(START, statements(4));
            // The sender claims and sends, and dies before it can record the answer.
            Claim claim = db.outbox.claim(endpoint, 10, START, SETTINGS.lease());
            Map<UUID, StoredStatement> found = db.store.byIds(claim.statementIds());
            new LrsTransport(SETTINGS, db.seal).deliver(db.status.due(START).get(0),
                    claim.statementIds().stream().map(found::get).toList(), Map.of());
            assertEquals(Set.copyOf(ids), target.stored());

            assertFalse(s.forwarder().forwardNext(), "held by the dead sender's lease");
            s.clock().advance(SETTINGS.lease().plusSeconds(1));
            assertTrue(s.forwarder().forwardNext());

            assertEquals(List.of(), db.queued(endpoint));
            for (UUID id : ids) {
                assertEquals(2, target.arrivals(id), "delivered twice");
            }
            assertEquals(4, target.stored().size(), "stored once");
            assertEquals(0, target.conflicts(), "the same content both times");
        }
    }
}
