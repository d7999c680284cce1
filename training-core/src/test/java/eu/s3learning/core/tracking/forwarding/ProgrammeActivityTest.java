package eu.s3learning.core.tracking.forwarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.xapi.StatementReader;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Which statements belong to a programme: those that name its activity as object or in their context. */
class ProgrammeActivityTest {

    private static final String PROGRAMME = ProgrammeActivity.iri(URI.create("https://s3.example.eu"), 7);

    private static String statement(String object, String context) {
        return "{\"actor\":{\"mbox\":\"mailto:ana@example.ro\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
                + "\"object\":{\"id\":\"" + object + "\"}" + (context == null ? "" : ",\"context\":" + context) + "}";
    }

    @Test
    void theIriLivesUnderThePublicAddress() {
        assertEquals("https://s3.example.eu/xapi/activities/programme/7", PROGRAMME);
    }

    @Test
    void aStatementBelongsWhenItNamesTheProgrammeAsObjectOrContextActivity() {
        assertTrue(ProgrammeActivity.named(StatementReader.read(statement(PROGRAMME, null)), PROGRAMME));
        for (String kind : new String[] {"parent", "grouping", "category", "other"}) {
            String context = "{\"contextActivities\":{\"" + kind + "\":[{\"id\":\"http://x/y\"},{\"id\":\"" + PROGRAMME
                    + "\"}]}}";
            assertTrue(ProgrammeActivity.named(StatementReader.read(statement("http://s3/unit/1", context)),
                    PROGRAMME), kind);
        }
    }

    @Test
    void otherProgrammesAndLookalikesDoNotCount() {
        assertFalse(ProgrammeActivity.named(StatementReader.read(statement("http://s3/unit/1", null)), PROGRAMME));
        assertFalse(ProgrammeActivity.named(StatementReader.read(statement(PROGRAMME + "7", null)), PROGRAMME));
        assertFalse(ProgrammeActivity.named(StatementReader.read(statement("http://s3/unit/1",
                "{\"registration\":\"3f1e5b2c-7a4d-4c1b-9e8f-0a1b2c3d4e5f\"}")), PROGRAMME));
        assertFalse(ProgrammeActivity.named(StatementReader.read(statement("http://s3/unit/1",
                "{\"contextActivities\":{\"parent\":{\"id\":\"" + ProgrammeActivity.iri(URI.create("https://s3.example.eu"), 8)
                        + "\"}}}")), PROGRAMME));
    }
}
