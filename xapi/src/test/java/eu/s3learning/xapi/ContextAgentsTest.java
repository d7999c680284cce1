package eu.s3learning.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** xAPI 2.0's contextAgents and contextGroups: read, refused when malformed, written back as sent. */
class ContextAgentsTest {

    private static String withContext(String context) {
        return "{\"actor\":{\"mbox\":\"mailto:ana@example.ro\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/attended\"},"
                + "\"object\":{\"id\":\"http://s3/day-1\"},\"context\":" + context + "}";
    }

    @Test
    void readsAndWritesContextAgentsAndGroups() {
        String context = "{\"contextAgents\":[{\"objectType\":\"contextAgent\",\"agent\":{\"objectType\":\"Agent\","
                + "\"mbox\":\"mailto:dan@example.ro\"},\"relevantTypes\":[\"http://s3/roles/facilitator\"]}],"
                + "\"contextGroups\":[{\"objectType\":\"contextGroup\",\"group\":{\"objectType\":\"Group\","
                + "\"mbox\":\"mailto:team@example.ro\"}}]}";
        Statement statement = StatementReader.read(withContext(context));

        ContextAgent agent = statement.context().contextAgents().get(0);
        assertEquals(new InverseFunctionalIdentifier.Mbox("mailto:dan@example.ro"), agent.agent().identifier());
        assertEquals(List.of(new Iri("http://s3/roles/facilitator")), agent.relevantTypes());
        assertEquals(1, statement.context().contextGroups().size());
        Statement again = StatementReader.read(StatementWriter.of(StatementFormat.EXACT, null).text(statement));
        assertEquals(statement.context(), again.context());
    }

    @Test
    void refusesAWrongObjectTypeAGroupAsAgentAndEmptyOrNonIriTypes() {
        for (String bad : List.of(
                "{\"contextAgents\":[{\"objectType\":\"Agent\",\"agent\":{\"mbox\":\"mailto:d@example.ro\"}}]}",
                "{\"contextAgents\":[{\"objectType\":\"contextAgent\",\"agent\":{\"objectType\":\"Group\",\"mbox\":\"mailto:t@example.ro\"}}]}",
                "{\"contextAgents\":[{\"objectType\":\"contextAgent\",\"agent\":{\"mbox\":\"mailto:d@example.ro\"},\"relevantTypes\":[]}]}",
                "{\"contextAgents\":[{\"objectType\":\"contextAgent\",\"agent\":{\"mbox\":\"mailto:d@example.ro\"},\"relevantTypes\":[\"abc\"]}]}",
                "{\"contextGroups\":[{\"objectType\":\"contextGroup\",\"group\":{\"mbox\":\"mailto:d@example.ro\"}}]}",
                "{\"contextGroups\":{\"objectType\":\"contextGroup\"}}")) {
            assertThrows(InvalidStatement.class, () -> StatementReader.read(withContext(bad)), bad);
        }
    }
}
