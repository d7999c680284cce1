package eu.s3learning.core.tracking.lrs.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.persistence.TestDatabases;
import eu.s3learning.core.persistence.TestDatabases.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a person's data export and erasure find of the State and Agent Profile documents kept for their agent. */
class DocumentsOfAnAgentTest {

    private static final String ANA = "account http://s3.test/ 17";
    private static final String BOB = "account http://s3.test/ 18";
    private static final String ACTIVITY = "http://s3.test/xapi/activities/unit/4";

    static List<TestDatabase> databases() {
        return TestDatabases.available();
    }

    private interface StoreTest {
        void run(JdbcDocumentStore store, DataSource dataSource) throws Exception;
    }

    private static void withStore(TestDatabase database, StoreTest test) throws Exception {
        database.withMigratedSchema(dataSource -> test.run(new JdbcDocumentStore(dataSource), dataSource));
    }

    private static DocumentAddress profile(String agent, String id) {
        return new DocumentAddress(DocumentKind.AGENT_PROFILE, agent, id, agent);
    }

    private static DocumentAddress state(String agent, String id) {
        return new DocumentAddress(DocumentKind.STATE, ACTIVITY + " " + agent + " null", id, agent);
    }

    private static DocumentAddress activityProfile(String id) {
        return new DocumentAddress(DocumentKind.ACTIVITY_PROFILE, ACTIVITY, id, null);
    }

    private static void create(JdbcDocumentStore store, DocumentAddress address, int second) {
        store.create(address, "text/plain", address.documentId().getBytes(StandardCharsets.UTF_8), "etag",
                Instant.ofEpochSecond(1_700_000_000L + second));
    }

    /** As the rows of documents written before migration V10 gave them their agent. */
    private static void forgetAgent(DataSource dataSource, DocumentAddress address) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE xapi_document SET agent_hash = NULL WHERE address = ?")) {
            update.setString(1, address.key());
            assertEquals(1, update.executeUpdate());
        }
    }

    private static List<String> idsOf(JdbcDocumentStore store, String agent) {
        return store.allOfAgent(agent).stream().map(AgentDocument::documentId).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theAgentsStatesAndProfilesAreFoundAndErasedOthersAreLeft(TestDatabase database) throws Exception {
        withStore(database, (store, dataSource) -> {
            create(store, state(ANA, "bookmark"), 1);
            create(store, profile(ANA, "preferences"), 2);
            create(store, profile(ANA, "written-before-v10"), 3);
            forgetAgent(dataSource, profile(ANA, "written-before-v10"));
            create(store, state(BOB, "bookmark"), 4);
            create(store, profile(BOB, "preferences"), 5);
            create(store, profile(BOB, "written-before-v10"), 6);
            forgetAgent(dataSource, profile(BOB, "written-before-v10"));
            create(store, activityProfile("glossary"), 7);

            assertEquals(List.of("bookmark", "preferences", "written-before-v10"), idsOf(store, ANA));

            assertEquals(3, store.deleteAllOfAgent(ANA));
            assertEquals(List.of(), idsOf(store, ANA));
            assertEquals(List.of("bookmark", "preferences", "written-before-v10"), idsOf(store, BOB));
            assertTrue(store.find(activityProfile("glossary")).isPresent());
        });
    }
}
