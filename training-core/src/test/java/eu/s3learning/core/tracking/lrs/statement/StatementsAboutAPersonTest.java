package eu.s3learning.core.tracking.lrs.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.persistence.TestDatabases.TestDatabase;
import eu.s3learning.core.persistence.TestDatabases;
import eu.s3learning.core.tracking.lrs.IndexHash;
import eu.s3learning.xapi.Agent;
import eu.s3learning.xapi.InverseFunctionalIdentifier;
import eu.s3learning.xapi.Iri;
import eu.s3learning.xapi.Statement;
import eu.s3learning.xapi.StatementFormat;
import eu.s3learning.xapi.StatementReader;
import eu.s3learning.xapi.StatementWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the store finds and deletes about one person: their timeline, a cohort's registrations, their erasure. */
class StatementsAboutAPersonTest {

    private static final Agent AUTHORITY = new Agent("Test", new InverseFunctionalIdentifier.Mbox("mailto:lrs@example.org"));
    private static final String HOME = "http://s3.test/";
    private static final String ATTENDED = "http://adlnet.gov/expapi/verbs/attended";
    private static final String ANA_MBOX = "{\"mbox\":\"mailto:ana@example.ro\"}";
    private static final String ANA_SHA1 = "{\"mbox_sha1sum\":\"6f2b8ef7e1e2e1bbc6e8a2c6b0f4c1d0e5a8b7c9\"}";

    static List<TestDatabase> databases() {
        return TestDatabases.available();
    }

    private interface StoreTest {
        void run(JdbcStatementStore store, DataSource dataSource) throws Exception;
    }

    private static void withStore(TestDatabase database, StoreTest test) throws Exception {
        database.withMigratedSchema(dataSource -> test.run(new JdbcStatementStore(dataSource), dataSource));
    }

    private static String account(long person) {
        return "{\"account\":{\"homePage\":\"" + HOME + "\",\"name\":\"" + person + "\"}}";
    }

    /** A statement with this actor, optionally an instructor and a registration, stored for a person or a client. */
    private static NewStatement statement(String actor, String instructor, UUID registration, Long personId, Long clientId) {
        String context = instructor == null && registration == null ? "" : ",\"context\":{"
                + (registration == null ? "" : "\"registration\":\"" + registration + "\"")
                + (instructor == null ? "" : (registration == null ? "" : ",") + "\"instructor\":" + instructor) + "}";
        Statement statement = StatementReader.read("{\"id\":\"" + UUID.randomUUID() + "\",\"actor\":" + actor
                + ",\"verb\":{\"id\":\"" + ATTENDED + "\"},\"object\":{\"id\":\"http://s3.test/xapi/activities/session/1\"}"
                + context + "}").completedOnStorage(Instant.now(), AUTHORITY);
        return new NewStatement(statement, StatementWriter.of(StatementFormat.EXACT, null).text(statement),
                StatementIndex.of(statement), clientId, personId, List.of());
    }

    private static long agentKey(long person) {
        return IndexHash.ofActor(new Agent(null, new InverseFunctionalIdentifier.Account(new Iri(HOME), Long.toString(person))));
    }

    private static long rows(DataSource dataSource, String table) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPersonsOwnStatementsComeNewestFirstAPageAtATime(TestDatabase database) throws Exception {
        withStore(database, (store, dataSource) -> {
            for (int i = 0; i < 5; i++) {
                store.insert(List.of(statement(account(7), null, null, 7L, null), statement(account(8), null, null, 8L, null)));
            }
            List<StoredStatement> all = store.ofPerson(7, 0, 10);
            assertEquals(5, all.size());
            assertEquals(5, store.countOfPerson(7));
            for (int i = 1; i < all.size(); i++) {
                assertTrue(all.get(i - 1).seq() > all.get(i).seq(), "newest first");
            }
            assertEquals(all.subList(2, 4).stream().map(StoredStatement::id).toList(),
                    store.ofPerson(7, 2, 2).stream().map(StoredStatement::id).toList());
            assertEquals(0, store.countOfPerson(9));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aCohortsStatementsAreFoundByTheRegistrationsOfItsEnrolments(TestDatabase database) throws Exception {
        withStore(database, (store, dataSource) -> {
            UUID ana = UUID.randomUUID();
            UUID dan = UUID.randomUUID();
            NewStatement first = statement(account(7), null, ana, 7L, null);
            NewStatement byClient = statement(account(8), null, dan, null, 3L);
            store.insert(List.of(first, statement(account(9), null, UUID.randomUUID(), 9L, null), byClient));
            assertEquals(List.of(first.statement().id(), byClient.statement().id()),
                    store.inRegistrations(List.of(dan, ana)).stream().map(StoredStatement::id).toList(),
                    "in storage order, whoever sent them");
            assertTrue(store.inRegistrations(List.of()).isEmpty());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void erasingDeletesThePersonsStatementsWhoeverSentThemUnderAnyOfTheirAgentsAndLeavesOthersWhereTheyAreInstructor(
            TestDatabase database) throws Exception {
        withStore(database, (store, dataSource) -> {
            NewStatement own = statement(account(7), null, UUID.randomUUID(), 7L, null);
            NewStatement sentByClient = statement(account(7), null, null, null, 3L);
            NewStatement inGroup = statement("{\"objectType\":\"Group\",\"member\":[" + account(7) + "," + account(8) + "]}",
                    null, null, null, 3L);
            NewStatement byAddress = statement(ANA_MBOX, null, null, null, 3L);
            NewStatement byAddressDigest = statement(ANA_SHA1, null, null, null, 3L);
            NewStatement instructedByThem = statement(account(8), account(7), null, 8L, null);
            NewStatement someoneElses = statement(account(8), null, null, 8L, null);
            NewStatement anotherAddress = statement("{\"mbox\":\"mailto:dan@example.ro\"}", null, null, null, 3L);
            store.insert(List.of(own, sentByClient, inGroup, byAddress, byAddressDigest, instructedByThem, someoneElses,
                    anotherAddress));
            long agentRows = rows(dataSource, "xapi_statement_agent");
            List<Long> anasAgents = List.of(agentKey(7), IndexHash.ofActor(StatementReader.readActor(ANA_MBOX, "agent")),
                    IndexHash.ofActor(StatementReader.readActor(ANA_SHA1, "agent")));

            assertEquals(5, store.countAbout(7, anasAgents), "what her data export holds is what her erasure deletes");
            assertEquals(Set.of(own.statement().id(), sentByClient.statement().id(), inGroup.statement().id(),
                    byAddress.statement().id(), byAddressDigest.statement().id()),
                    store.about(7, anasAgents, 0, 10).stream().map(StoredStatement::id).collect(Collectors.toSet()));
            assertEquals(List.of(byAddressDigest.statement().id(), byAddress.statement().id()),
                    store.about(7, anasAgents, 0, 2).stream().map(StoredStatement::id).toList(), "newest first, a page at a time");

            assertEquals(5, store.deleteAbout(7, anasAgents));
            assertEquals(List.of(someoneElses.statement().id(), instructedByThem.statement().id()),
                    store.ofPerson(8, 0, 10).stream().map(StoredStatement::id).toList());
            assertTrue(store.byIds(List.of(own.statement().id(), sentByClient.statement().id(), inGroup.statement().id(),
                    byAddress.statement().id(), byAddressDigest.statement().id())).isEmpty());
            assertEquals(1, store.byIds(List.of(anotherAddress.statement().id())).size());
            assertEquals(3, rows(dataSource, "xapi_statement"));
            assertTrue(rows(dataSource, "xapi_statement_agent") < agentRows, "their index rows went with them");
            assertEquals(0, store.deleteAbout(7, anasAgents), "a second erasure finds nothing");
        });
    }
}
