package eu.s3learning.core.tracking.forwarding;

import static eu.s3learning.core.tracking.forwarding.ForwardingDatabase.inProgramme;
import static eu.s3learning.core.tracking.forwarding.ForwardingDatabase.statement;
import static eu.s3learning.core.tracking.forwarding.ForwardingDatabase.voiding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.persistence.TestDatabases;
import eu.s3learning.core.persistence.TestDatabases.TestDatabase;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The outbox on H2 and, where configured, MariaDB: who gets which statement, and claims that never overlap. */
class ForwardingOutboxTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(1);

    static List<TestDatabase> databases() {
        return TestDatabases.available();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void eachEndpointGetsEveryStatementOrItsProgrammesAndVoidingFollowsTheVoided(TestDatabase database)
            throws Exception {
        try (ForwardingDatabase db = new ForwardingDatabase(database)) {
            long bucharest = db.programme("Bucharest");
            long sofia = db.programme("Sofia");
            long all = db.endpoint("Everything", "http://127.0.0.1:9/xapi", null);
            long onlyBucharest = db.endpoint("Bucharest LRS", "http://127.0.0.1:9/xapi", bucharest);
            long onlySofia = db.endpoint("Sofia LRS", "http://127.0.0.1:9/xapi", sofia);

            List<UUID> first = db.store(NOW, List.of(inProgramme(bucharest), statement("http://s3/other", null)));
            List<UUID> voids = db.store(NOW, List.of(voiding(first.get(0)), voiding(first.get(1)),
                    voiding(UUID.randomUUID())));

            assertEquals(List.of(first.get(0), first.get(1), voids.get(0), voids.get(1), voids.get(2)),
                    db.queued(all));
            assertEquals(List.of(first.get(0), voids.get(0)), db.queued(onlyBucharest),
                    "its programme's statement, and the one voiding it");
            assertEquals(List.of(), db.queued(onlySofia));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void withoutEndpointsNothingIsQueued(TestDatabase database) throws Exception {
        try (ForwardingDatabase db = new ForwardingDatabase(database)) {
            db.store(NOW, List.of(statement("http://s3/a", null)));
            assertEquals(0, db.number("SELECT COUNT(*) FROM lrs_forward WHERE ? = 1", 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentSendersNeverHoldTheSameRow(TestDatabase database) throws Exception {
        try (ForwardingDatabase db = new ForwardingDatabase(database)) {
            long endpoint = db.endpoint("Busy", "http://127.0.0.1:9/xapi", null);
            List<String> statements = IntStream.range(0, 300).mapToObj(i -> statement("http://s3/" + i, null)).toList();
            Set<UUID> queued = new HashSet<>(db.store(NOW, statements));
            Set<UUID> claimed = ConcurrentHashMap.newKeySet();
            List<UUID> claimedTwice = new ArrayList<>();
            ExecutorService senders = Executors.newFixedThreadPool(8);
            try {
                List<Callable<Integer>> work = new ArrayList<>();
                for (int s = 0; s < 8; s++) {
                    work.add(() -> {
                        int batches = 0;
                        while (true) {
                            Claim claim = db.outbox.claim(endpoint, 7, NOW, LEASE);
                            if (claim.isEmpty()) {
                                return batches;
                            }
                            for (UUID id : claim.statementIds()) {
                                if (!claimed.add(id)) {
                                    synchronized (claimedTwice) {
                                        claimedTwice.add(id);
                                    }
                                }
                            }
                            assertEquals(claim.rows().size(), db.outbox.delivered(claim, NOW));
                            batches++;
                        }
                    });
                }
                int batches = 0;
                for (Future<Integer> done : senders.invokeAll(work)) {
                    batches += done.get();
                }
                assertTrue(batches >= 300 / 7, batches + " batches");
            } finally {
                senders.shutdownNow();
            }
            assertEquals(List.of(), claimedTwice);
            assertEquals(queued, claimed);
            assertEquals(List.of(), db.queued(endpoint));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void rowsOfASenderWhoseLeaseRanOutGoToAnotherAndTheFirstCanNoLongerTouchThem(TestDatabase database)
            throws Exception {
        try (ForwardingDatabase db = new ForwardingDatabase(database)) {
            long endpoint = db.endpoint("Slow", "http://127.0.0.1:9/xapi", null);
            List<UUID> ids = db.store(NOW, List.of(statement("http://s3/a", null), statement("http://s3/b", null)));

            Claim stuck = db.outbox.claim(endpoint, 10, NOW, LEASE);
            assertEquals(ids, stuck.statementIds());
            assertTrue(db.outbox.claim(endpoint, 10, NOW.plusSeconds(59), LEASE).isEmpty(), "held while the lease lasts");
            Claim taken = db.outbox.claim(endpoint, 10, NOW.plusSeconds(61), LEASE);
            assertEquals(ids, taken.statementIds(), "free once it ran out");

            assertEquals(0, db.outbox.delivered(stuck, NOW.plusSeconds(62)), "the first sender's late answer changes nothing");
            db.outbox.charge(stuck, 5, NOW.plus(Duration.ofDays(1)), "late");
            assertEquals(0, delivered(db, endpoint), "nothing counted for the late answer");
            assertEquals(2, db.outbox.delivered(taken, NOW.plusSeconds(63)));
            assertEquals(List.of(), db.queued(endpoint));
            assertEquals(2, delivered(db, endpoint), "counted once, by the sender that held them");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRefusedBatchIsSentOneByOneAndChargedRowsWaitOrDie(TestDatabase database) throws Exception {
        try (ForwardingDatabase db = new ForwardingDatabase(database)) {
            long endpoint = db.endpoint("Picky", "http://127.0.0.1:9/xapi", null);
            List<UUID> ids = db.store(NOW, List.of(statement("http://s3/a", null), statement("http://s3/b", null),
                    statement("http://s3/c", null)));

            db.outbox.sendAlone(db.outbox.claim(endpoint, 10, NOW, LEASE));
            Claim first = db.outbox.claim(endpoint, 10, NOW, LEASE);
            assertEquals(List.of(ids.get(0)), first.statementIds());
            db.outbox.charge(first, 1, NOW.plusSeconds(30), "HTTP 400: not valid here");
            Claim second = db.outbox.claim(endpoint, 10, NOW, LEASE);
            assertEquals(List.of(ids.get(1)), second.statementIds());
            db.outbox.bury(second, 1, NOW, "HTTP 409: another statement has this id");

            assertEquals(List.of(ids.get(2)), db.outbox.claim(endpoint, 10, NOW, LEASE).statementIds(),
                    "the charged row waits, the dead letter is never claimed");
            Claim later = db.outbox.claim(endpoint, 10, NOW.plus(Duration.ofMinutes(5)), LEASE);
            assertEquals(List.of(ids.get(0)), later.statementIds());
            assertEquals(1, later.rows().get(0).attempts());
            assertEquals(List.of(ids.get(1)), db.deadLetters(endpoint));
            assertEquals("HTTP 409: another statement has this id", lastError(db, ids.get(1)));
        }
    }

    private static String lastError(ForwardingDatabase db, UUID statementId) throws Exception {
        try (var c = db.dataSource.getConnection(); var select = c.prepareStatement(
                "SELECT last_error FROM lrs_forward WHERE statement_id = ?")) {
            select.setString(1, statementId.toString());
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static long delivered(ForwardingDatabase db, long endpoint) throws SQLException {
        return db.number("SELECT delivered FROM external_lrs_status WHERE endpoint_id = ?", endpoint);
    }
}
