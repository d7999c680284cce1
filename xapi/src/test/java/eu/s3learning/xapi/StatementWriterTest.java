package eu.s3learning.xapi;

import static eu.s3learning.xapi.Examples.json;
import static eu.s3learning.xapi.Examples.minimalWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatementWriterTest {

    private static final StatementWriter EXACT = StatementWriter.of(StatementFormat.EXACT, List.of());
    private static final StatementWriter IDS = StatementWriter.of(StatementFormat.IDS, List.of());

    @Test
    void exactFormatReadsBackAsTheSameStatement() {
        Statement statement = StatementReader.read(Examples.SPEC_LONG_EXAMPLE);

        assertEquals(statement, StatementReader.read(EXACT.write(statement)));
    }

    @Test
    void exactFormatKeepsWhatWasSentAndAddsTheDefaults() {
        JsonObject written = EXACT.write(StatementReader.read(Examples.SPEC_LONG_EXAMPLE));

        JsonObject expected = parse(Examples.SPEC_LONG_EXAMPLE);
        for (String unchanged : List.of("id", "actor", "verb", "result", "version", "authority", "object")) {
            assertEquals(expected.get(unchanged), written.get(unchanged), unchanged);
        }
        // Timestamps come out in UTC; the point in time is the same.
        assertEquals("2013-05-18T05:32:34.804Z", written.getString("timestamp"));
    }

    @Test
    void exactFormatWritesObjectTypesAndContextActivitiesAsArrays() {
        JsonObject written = EXACT.write(StatementReader.read(minimalWith("context",
                "{'contextActivities': {'parent': {'id': 'http://s3learning.eu/programmes/7'}}}")));

        assertEquals(parse(json("""
                {'actor': {'objectType': 'Agent', 'mbox': 'mailto:ana.ionescu@adr-vest.ro'},
                 'verb': {'id': 'http://adlnet.gov/expapi/verbs/attempted'},
                 'object': {'objectType': 'Activity', 'id': 'http://s3learning.eu/activities/s3-strategy'},
                 'context': {'contextActivities': {'parent': [{'objectType': 'Activity', 'id': 'http://s3learning.eu/programmes/7'}]}}}
                """)), written);
    }

    @Test
    void exactFormatKeepsNumbersAndExtensionValuesAsSent() {
        JsonObject written = EXACT.write(StatementReader.read(minimalWith("result",
                "{'score': {'scaled': 1.0, 'raw': 7}, 'extensions': {'http://example.com/x': {'n': null, 'list': [1.50, true]}}}")));

        assertEquals(parse(json("{'score': {'scaled': 1.0, 'raw': 7}, 'extensions': {'http://example.com/x': {'n': null, 'list': [1.50, true]}}}")),
                written.getJsonObject("result"));
    }

    @Test
    void idsFormatReducesAgentsGroupsActivitiesAndVerbsToWhatIdentifiesThem() {
        JsonObject written = IDS.write(StatementReader.read(Examples.SPEC_LONG_EXAMPLE));

        assertEquals(parse(json("{'objectType': 'Group', 'mbox': 'mailto:teampb@example.com'}")), written.get("actor"));
        assertEquals(parse(json("{'id': 'http://adlnet.gov/expapi/verbs/attended'}")), written.get("verb"));
        assertEquals(parse(json("{'id': 'http://www.example.com/meetings/occurances/34534'}")), written.get("object"));
        assertEquals(parse(json("{'objectType': 'Agent', 'account': {'homePage': 'http://www.example.com', 'name': '13936749'}}")),
                written.getJsonObject("context").get("instructor"));
        assertEquals(parse(json("{'id': 'http://www.example.com/meetings/categories/teammeeting'}")),
                written.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("category").get(0));
        assertEquals(written.getJsonObject("result"), EXACT.write(StatementReader.read(Examples.SPEC_LONG_EXAMPLE)).get("result"));
    }

    @Test
    void idsFormatKeepsTheMembersOfAnAnonymousGroup() {
        JsonObject written = IDS.write(StatementReader.read(minimalWith("actor",
                "{'objectType': 'Group', 'name': 'Pair', 'member': [{'name': 'Ana', 'mbox': 'mailto:ana@example.com'}]}")));

        assertEquals(parse(json("{'objectType': 'Group', 'member': [{'objectType': 'Agent', 'mbox': 'mailto:ana@example.com'}]}")),
                written.get("actor"));
    }

    @Test
    void canonicalFormatKeepsTheBestLanguageOfEachMap() {
        Statement statement = StatementReader.read(json("""
                {'actor': {'name': 'Ana', 'mbox': 'mailto:ana@example.com'},
                 'verb': {'id': 'http://adlnet.gov/expapi/verbs/answered', 'display': {'en-US': 'answered', 'ro': 'a răspuns'}},
                 'object': {'id': 'http://example.com/q/1', 'definition': {
                   'name': {'en-GB': 'Question 1', 'de': 'Frage 1'},
                   'description': {'fr': 'Une question'},
                   'interactionType': 'likert',
                   'scale': [{'id': 'agree', 'description': {'en-US': 'Agree', 'ro-RO': 'De acord'}}]}}}
                """));
        StatementWriter canonical = StatementWriter.of(StatementFormat.CANONICAL,
                Locale.LanguageRange.parse("ro-RO,de;q=0.8,en;q=0.5"));

        JsonObject written = canonical.write(statement);

        assertEquals(parse(json("{'ro': 'a răspuns'}")), written.getJsonObject("verb").get("display"));
        JsonObject definition = written.getJsonObject("object").getJsonObject("definition");
        assertEquals(parse(json("{'de': 'Frage 1'}")), definition.get("name"));
        assertEquals(parse(json("{'fr': 'Une question'}")), definition.get("description"));
        assertEquals(parse(json("{'ro-RO': 'De acord'}")), definition.getJsonArray("scale").getJsonObject(0).get("description"));
        assertEquals("Ana", written.getJsonObject("actor").getString("name"));
    }

    @Test
    void canonicalFormatFallsBackToTheFirstLanguageSent() {
        JsonObject written = StatementWriter.of(StatementFormat.CANONICAL, Locale.LanguageRange.parse("ja"))
                .write(StatementReader.read(Examples.SPEC_LONG_EXAMPLE));

        assertEquals(parse(json("{'en-GB': 'attended'}")), written.getJsonObject("verb").get("display"));
    }

    @Test
    void findsTheFormatByItsParameterName() {
        assertEquals(Optional.of(StatementFormat.CANONICAL), StatementFormat.byParameter("canonical"));
        assertTrue(StatementFormat.byParameter("Exact").isEmpty());
        assertFalse(StatementFormat.byParameter("ids").isEmpty());
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
