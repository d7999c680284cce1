package eu.s3learning.core.tracking.lrs.statement;

import eu.s3learning.core.persistence.SchemaMigration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.persistence.TestDatabases.TestDatabase;
import eu.s3learning.core.persistence.TestDatabases;
import eu.s3learning.core.tracking.lrs.IndexHash;
import eu.s3learning.xapi.Agent;
import eu.s3learning.xapi.AttachmentContent;
import eu.s3learning.xapi.InverseFunctionalIdentifier;
import eu.s3learning.xapi.Statement;
import eu.s3learning.xapi.StatementFormat;
import eu.s3learning.xapi.StatementReader;
import eu.s3learning.xapi.StatementWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The statement store on H2 in MariaDB mode and, where configured, on MariaDB: what each query finds. */
class JdbcStatementStoreTest {

    private static final Agent AUTHORITY = new Agent("Test", new InverseFunctionalIdentifier.Mbox("mailto:lrs@example.org"));
    private static final String ATTENDED = "http://adlnet.gov/expapi/verbs/attended";
    private static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";

    static List<TestDatabase> databases() {
        return TestDatabases.available();
    }

    private interface StoreTest {
        void run(JdbcStatementStore store) throws Exception;
    }

    private static void withStore(TestDatabase database, StoreTest test) throws Exception {
        database.withMigratedSchema(dataSource -> test.run(new JdbcStatementStore(dataSource)));
    }

    private static NewStatement stored(String json, Long clientId) {
        Statement statement = StatementReader.read(json).completedOnStorage(Instant.now(), AUTHORITY);
        return new NewStatement(statement, StatementWriter.of(StatementFormat.EXACT, null).text(statement),
                StatementIndex.of(statement), clientId, null, List.of());
    }

    private static String statement(String id, String mbox, String verb, String object) {
        return "{\"id\":\"" + id + "\",\"actor\":{\"mbox\":\"mailto:" + mbox + "\"},\"verb\":{\"id\":\"" + verb + "\"},"
                + "\"object\":" + object + "}";
    }

    /** Someone attended an activity, under the given id. */
    private static NewStatement attended(UUID id, String mbox, String activity) {
        return stored(statement(id.toString(), mbox, ATTENDED, activity(activity)), null);
    }

    private static String activity(String id) {
        return "{\"id\":\"" + id + "\"}";
    }

    private static StatementFilter all(JdbcStatementStore store) {
        return new StatementFilter(null, false, null, null, false, null, null, null, null, false, 0, store.latestSeq());
    }

    private static List<UUID> ids(List<StoredStatement> statements) {
        return statements.stream().map(StoredStatement::id).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void findsByAgentVerbActivityAndRegistrationDirectlyOrRelated(TestDatabase database) throws Exception {
        findsByAgentVerbActivityAndRegistration(database, false);
    }

    /** On MariaDB a single statement is stored with its index rows in one query: the same rows, found the same way. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void statementsStoredOneAtATimeAreFoundAsThoseOfABatch(TestDatabase database) throws Exception {
        findsByAgentVerbActivityAndRegistration(database, true);
    }

    private static void findsByAgentVerbActivityAndRegistration(TestDatabase database, boolean oneAtATime)
            throws Exception {
        withStore(database, store -> {
            UUID plain = UUID.randomUUID();
            UUID instructed = UUID.randomUUID();
            UUID registration = UUID.randomUUID();
            List<NewStatement> statements = List.of(
                    stored(statement(plain.toString(), "ana@example.ro", ATTENDED, activity("http://s3/day-1")), 1L),
                    stored("{\"id\":\"" + instructed + "\",\"actor\":{\"mbox\":\"mailto:dan@example.ro\"},"
                            + "\"verb\":{\"id\":\"" + COMPLETED + "\"},\"object\":{\"id\":\"http://s3/quiz\"},"
                            + "\"context\":{\"registration\":\"" + registration + "\","
                            + "\"instructor\":{\"mbox\":\"mailto:ana@example.ro\"},"
                            + "\"contextActivities\":{\"parent\":{\"id\":\"http://s3/day-1\"}}}}", 2L));
            if (oneAtATime) {
                for (NewStatement statement : statements) {
                    store.insert(List.of(statement));
                }
            } else {
                store.insert(statements);
            }
            StatementFilter all = all(store);
            long ana = IndexHash.ofActor(new Agent(null, new InverseFunctionalIdentifier.Mbox("mailto:ana@example.ro")));

            assertEquals(List.of(instructed, plain), ids(store.query(all, 10)), "newest first");
            assertEquals(List.of(plain), ids(store.query(new StatementFilter(ana, false, null, null, false, null, null,
                    null, null, false, 0, all.upToSeq()), 10)));
            assertEquals(List.of(instructed, plain), ids(store.query(new StatementFilter(ana, true, null, null, false,
                    null, null, null, null, false, 0, all.upToSeq()), 10)), "related_agents adds the instructor");
            assertEquals(List.of(plain), ids(store.query(new StatementFilter(null, false, IndexHash.of(ATTENDED), null,
                    false, null, null, null, null, false, 0, all.upToSeq()), 10)));
            assertEquals(List.of(plain), ids(store.query(new StatementFilter(null, false, null,
                    IndexHash.of("http://s3/day-1"), false, null, null, null, null, false, 0, all.upToSeq()), 10)));
            assertEquals(List.of(plain, instructed), ids(store.query(new StatementFilter(null, false, null,
                    IndexHash.of("http://s3/day-1"), true, null, null, null, null, true, 0, all.upToSeq()), 10)),
                    "related_activities adds the parent; ascending order");
            assertEquals(List.of(instructed), ids(store.query(new StatementFilter(null, false, null, null, false,
                    registration, null, null, null, false, 0, all.upToSeq()), 10)));
            assertEquals(List.of(instructed), ids(store.query(new StatementFilter(null, false, null, null, false, null,
                    null, null, 2L, false, 0, all.upToSeq()), 10)), "a client's own statements");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void voidingHidesTheTargetAndStatementRefsMatchThroughTheirTarget(TestDatabase database) throws Exception {
        withStore(database, store -> {
            UUID voided = UUID.randomUUID();
            UUID voiding = UUID.randomUUID();
            UUID referring = UUID.randomUUID();
            UUID voidedLater = UUID.randomUUID();
            store.insert(List.of(stored(statement(voided.toString(), "ana@example.ro", ATTENDED, activity("http://s3/a")), null)));
            store.insert(List.of(stored(statement(voiding.toString(), "ana@example.ro",
                    "http://adlnet.gov/expapi/verbs/voided", "{\"objectType\":\"StatementRef\",\"id\":\"" + voided + "\"}"), null)));
            // A voiding statement may come before what it voids.
            UUID voidingEarly = UUID.randomUUID();
            store.insert(List.of(stored(statement(voidingEarly.toString(), "ana@example.ro",
                    "http://adlnet.gov/expapi/verbs/voided", "{\"objectType\":\"StatementRef\",\"id\":\"" + voidedLater + "\"}"), null)));
            store.insert(List.of(
                    stored(statement(referring.toString(), "dan@example.ro", COMPLETED,
                            "{\"objectType\":\"StatementRef\",\"id\":\"" + voided + "\"}"), null),
                    stored(statement(voidedLater.toString(), "ana@example.ro", ATTENDED, activity("http://s3/b")), null)));

            assertTrue(store.byIds(List.of(voided)).get(voided).voided());
            assertTrue(store.byIds(List.of(voidedLater)).get(voidedLater).voided());
            assertFalse(store.byIds(List.of(voiding)).get(voiding).voided());
            List<UUID> attended = ids(store.query(new StatementFilter(null, false, IndexHash.of(ATTENDED), null, false,
                    null, null, null, null, false, 0, store.latestSeq()), 10));
            assertEquals(List.of(referring, voidingEarly, voiding), attended,
                    "the voided statements are gone; those that target them match their verb");
        });
    }

    /**
     * The store looks for an earlier voiding statement only while one waits for its target; it learns that from the
     * database when it starts, and from its own writes: a statement it voided, and an erasure, which may leave a
     * voiding statement without its target.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aVoidingStatementWaitingForItsTargetIsHonouredAfterARestartAndAfterAnErasure(TestDatabase database)
            throws Exception {
        String url = database.freshSchema();
        try {
            DataSource dataSource = database.dataSource(url);
            SchemaMigration.migrate(dataSource);
            UUID waiting = UUID.randomUUID();
            new JdbcStatementStore(dataSource).insert(List.of(voiding(waiting)));
            JdbcStatementStore restarted = new JdbcStatementStore(dataSource);
            UUID plain = UUID.randomUUID();
            restarted.insert(List.of(attended(plain, "ana@example.ro", "http://s3/a")));
            restarted.insert(List.of(attended(waiting, "ana@example.ro", "http://s3/a")));
            assertTrue(restarted.byIds(List.of(waiting)).get(waiting).voided(), "the target came after a restart");
            assertFalse(restarted.byIds(List.of(plain)).get(plain).voided());

            JdbcStatementStore fresh = new JdbcStatementStore(dataSource);
            UUID erased = UUID.randomUUID();
            fresh.insert(List.of(attended(erased, "dan@example.ro", "http://s3/b")));
            fresh.insert(List.of(voiding(erased)));
            long dansAgent = IndexHash.ofActor(StatementReader.readActor("{\"mbox\":\"mailto:dan@example.ro\"}", "agent"));
            assertEquals(1, fresh.deleteAbout(99, List.of(dansAgent)));
            fresh.insert(List.of(attended(erased, "dan@example.ro", "http://s3/b")));
            assertTrue(fresh.byIds(List.of(erased)).get(erased).voided(),
                    "sent again after an erasure, a voided statement stays voided");
        } finally {
            database.drop(url);
        }
    }

    private static NewStatement voiding(UUID target) {
        return stored(statement(UUID.randomUUID().toString(), "ana@example.ro", "http://adlnet.gov/expapi/verbs/voided",
                "{\"objectType\":\"StatementRef\",\"id\":\"" + target + "\"}"), null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void pagesStayStableWhileStatementsArriveAndAttachmentsComeBack(TestDatabase database) throws Exception {
        withStore(database, store -> {
            for (int i = 0; i < 5; i++) {
                store.insert(List.of(stored(statement(UUID.randomUUID().toString(), "ana@example.ro", ATTENDED,
                        activity("http://s3/" + i)), null)));
            }
            StatementFilter first = all(store);
            List<StoredStatement> page1 = store.query(first, 2);
            store.insert(List.of(stored(statement(UUID.randomUUID().toString(), "ana@example.ro", ATTENDED,
                    activity("http://s3/late")), null)));
            List<StoredStatement> page2 = store.query(first.from(page1.get(1).seq()), 2);
            List<StoredStatement> page3 = store.query(first.from(page2.get(1).seq()), 2);
            assertEquals(5, page1.size() + page2.size() + page3.size(), "the late statement is not in this query");

            byte[] content = "here is a simple attachment".getBytes(StandardCharsets.UTF_8);
            Statement withFile = StatementReader.read("{\"actor\":{\"mbox\":\"mailto:ana@example.ro\"},"
                    + "\"verb\":{\"id\":\"" + ATTENDED + "\"},\"object\":{\"id\":\"http://s3/x\"},\"attachments\":[{"
                    + "\"usageType\":\"http://s3/usage\",\"display\":{\"en\":\"Notes\"},\"contentType\":\"text/plain\","
                    + "\"length\":27,\"sha2\":\"495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a\"}]}").completedOnStorage(Instant.now(), AUTHORITY);
            store.insert(List.of(new NewStatement(withFile, "{}", StatementIndex.of(withFile), null, null,
                    List.of(new AttachmentContent("495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a", "text/plain", content)))));
            StoredStatement found = store.byIds(List.of(withFile.id())).get(withFile.id());
            assertTrue(found.hasAttachments());
            assertEquals("here is a simple attachment", new String(
                    store.attachments(List.of(found.seq())).get(found.seq()).get(0).content(), StandardCharsets.UTF_8));
        });
    }

    /** A URL may say allowMultiQueries=false: single statements are then stored as batches are, and found alike. */
    @Test
    void aMariaDbConnectionThatTakesOneStatementPerQueryStillStoresSingleStatements() throws Exception {
        TestDatabase mariadb = databases().stream().filter(d -> d.kind().equals("mariadb")).findFirst().orElse(null);
        Assumptions.assumeTrue(mariadb != null, "S3_DB_URL names no MariaDB");
        String url = mariadb.freshSchema();
        try {
            SchemaMigration.migrate(mariadb.dataSource(url));
            org.mariadb.jdbc.MariaDbDataSource plain = new org.mariadb.jdbc.MariaDbDataSource(url);
            plain.setUser(mariadb.user());
            plain.setPassword(mariadb.password() == null ? "" : mariadb.password());
            JdbcStatementStore store = new JdbcStatementStore(plain);
            UUID first = UUID.randomUUID();
            UUID second = UUID.randomUUID();
            store.insert(List.of(attended(first, "ana@example.ro", "http://s3/a")));
            store.insert(List.of(attended(second, "dan@example.ro", "http://s3/a")));
            assertEquals(List.of(second, first), ids(store.query(new StatementFilter(null, false, null,
                    IndexHash.of("http://s3/a"), false, null, null, null, null, false, 0, store.latestSeq()), 10)));
            assertThrows(DuplicateStatementId.class, () -> store.insert(List.of(attended(first, "eva@example.ro", "http://s3/b"))));
        } finally {
            mariadb.drop(url);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aTakenIdIsReportedAndNothingOfTheBatchIsLeftHalfWritten(TestDatabase database) throws Exception {
        withStore(database, store -> {
            UUID id = UUID.randomUUID();
            store.insert(List.of(attended(id, "ana@example.ro", "http://s3/a")));
            UUID other = UUID.randomUUID();
            assertThrows(DuplicateStatementId.class, () -> store.insert(List.of(
                    attended(other, "dan@example.ro", "http://s3/b"), attended(id, "ana@example.ro", "http://s3/a"))));
            assertTrue(store.byIds(List.of(other)).isEmpty(), "one multi-row insert: all of it or none");

            assertThrows(DuplicateStatementId.class, () -> store.insert(List.of(attended(id, "dan@example.ro", "http://s3/c"))));
            assertEquals(List.of(), ids(store.query(new StatementFilter(null, false, null, IndexHash.of("http://s3/c"), false,
                    null, null, null, null, false, 0, store.latestSeq()), 10)), "no index row of a refused single statement");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aTakenIdPastTheFirstHundredStatementsLeavesNothingOfTheBatchEither(TestDatabase database) throws Exception {
        withStore(database, store -> {
            UUID taken = UUID.randomUUID();
            store.insert(List.of(attended(taken, "ana@example.ro", "http://s3/a")));
            List<NewStatement> batch = new ArrayList<>();
            for (int i = 0; i < 149; i++) {
                batch.add(attended(UUID.randomUUID(), "dan@example.ro", "http://s3/b"));
            }
            batch.add(attended(taken, "ana@example.ro", "http://s3/a"));
            assertThrows(DuplicateStatementId.class, () -> store.insert(batch));
            assertTrue(store.byIds(batch.subList(0, 149).stream().map(s -> s.statement().id()).toList()).isEmpty(),
                    "the first hundred, written before the taken id was met, are taken back");
            assertEquals(1, store.byIds(List.of(taken)).size(), "the statement stored before stays");
        });
    }
}
