package eu.s3learning.xapi;

import static eu.s3learning.xapi.Examples.json;
import static eu.s3learning.xapi.Examples.minimalWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Valid statements, of every object type, read into the model. */
class StatementReaderTest {

    @Test
    void readsTheSpecificationsLongExample() {
        Statement statement = StatementReader.read(Examples.SPEC_LONG_EXAMPLE);

        assertEquals(UUID.fromString("6690e6c9-3ef0-4ed3-8b37-7f3964730bee"), statement.id());
        Group team = assertInstanceOf(Group.class, statement.actor());
        assertEquals(new InverseFunctionalIdentifier.Mbox("mailto:teampb@example.com"), team.identifier());
        assertEquals(3, team.members().size());
        assertEquals(new InverseFunctionalIdentifier.Account(new Iri("http://www.example.com"), "13936749"),
                team.members().get(0).identifier());
        assertEquals("attended", statement.verb().display().entries().get("en-GB"));
        Activity meeting = assertInstanceOf(Activity.class, statement.object());
        assertEquals("http://adlnet.gov/expapi/activities/meeting", meeting.definition().type().value());
        assertEquals("PT1H0M0S", statement.result().duration());
        assertEquals(2, statement.context().contextActivities().other().size());
        assertEquals("tlh", statement.context().language());
        assertEquals(Instant.parse("2013-05-18T05:32:34.804Z"), statement.timestamp());
        assertEquals("1.0.0", statement.version());
        assertInstanceOf(Agent.class, statement.authority());
    }

    @Test
    void takesAnObjectWithoutObjectTypeForAnActivityAndAnActorForAnAgent() {
        Statement statement = StatementReader.read(Examples.MINIMAL);

        assertEquals(new Agent(null, new InverseFunctionalIdentifier.Mbox("mailto:ana.ionescu@adr-vest.ro")),
                statement.actor());
        assertEquals(new Activity(new Iri("http://s3learning.eu/activities/s3-strategy"), null), statement.object());
        assertNull(statement.id());
        assertTrue(statement.attachments().isEmpty());
    }

    @Test
    void readsAnAgentAsObject() {
        Statement statement = StatementReader.read(minimalWith("object",
                "{'objectType': 'Agent', 'name': 'Andrew Downes', 'mbox': 'mailto:andrew@example.co.uk'}"));

        assertEquals("Andrew Downes", assertInstanceOf(Agent.class, statement.object()).name());
    }

    @Test
    void readsAnAnonymousGroupAsObject() {
        Statement statement = StatementReader.read(minimalWith("object", """
                {'objectType': 'Group', 'member': [{'mbox_sha1sum': 'ebd31e95054c018b10727ccffd2ef2ec3a016ee9'},
                  {'objectType': 'Agent', 'openid': 'http://toby.openid.example.org/'}]}"""));

        Group group = assertInstanceOf(Group.class, statement.object());
        assertTrue(group.isAnonymous());
        assertEquals(2, group.members().size());
    }

    @Test
    void readsAStatementRef() {
        Statement statement = StatementReader.read(minimalWith("object",
                "{'objectType': 'StatementRef', 'id': '8f87ccde-bb56-4c2e-ab83-44982ef22df0'}"));

        assertEquals(new StatementRef(UUID.fromString("8f87ccde-bb56-4c2e-ab83-44982ef22df0")), statement.object());
    }

    @Test
    void readsASubStatementWithItsOwnContextAndTimestamp() {
        Statement statement = StatementReader.read(minimalWith("object", """
                {'objectType': 'SubStatement',
                 'actor': {'objectType': 'Agent', 'mbox': 'mailto:test@example.com'},
                 'verb': {'id': 'http://example.com/visited', 'display': {'en-US': 'will visit'}},
                 'object': {'id': 'http://example.com/website', 'definition': {'name': {'en-US': 'Some Awesome Website'}}},
                 'context': {'platform': 'browser', 'contextActivities': {'parent': {'id': 'http://example.com/site'}}},
                 'timestamp': '2014-01-01T09:00:00-05:00'}"""));

        SubStatement planned = assertInstanceOf(SubStatement.class, statement.object());
        assertEquals("browser", planned.context().platform());
        assertEquals(Instant.parse("2014-01-01T14:00:00Z"), planned.timestamp());
    }

    @Test
    void readsASingleContextActivityAsAListOfOne() {
        Statement statement = StatementReader.read(minimalWith("context",
                "{'contextActivities': {'grouping': {'objectType': 'Activity', 'id': 'http://s3learning.eu/programmes/7'}}}"));

        assertEquals(List.of(new Activity(new Iri("http://s3learning.eu/programmes/7"), null)),
                statement.context().contextActivities().grouping());
        assertTrue(statement.context().contextActivities().parent().isEmpty());
    }

    @Test
    void readsAChoiceInteraction() {
        Statement statement = StatementReader.read(minimalWith("object", """
                {'id': 'http://example.com/q/1', 'definition': {
                  'description': {'en-US': 'Which of these prototypes are available at the beta site?'},
                  'type': 'http://adlnet.gov/expapi/activities/cmi.interaction',
                  'interactionType': 'choice',
                  'correctResponsesPattern': ['golf[,]tetris'],
                  'choices': [{'id': 'golf', 'description': {'en-US': 'Golf Example'}},
                              {'id': 'tetris', 'description': {'en-US': 'Tetris Example'}},
                              {'id': 'scrabble', 'description': {'sr-Latn-RS': 'Scrabble Example'}}]}}"""));

        ActivityDefinition definition = ((Activity) statement.object()).definition();
        assertEquals(InteractionType.CHOICE, definition.interactionType());
        assertEquals(List.of("golf[,]tetris"), definition.correctResponsesPattern());
        assertEquals("tetris", definition.components().get("choices").get(1).id());
    }

    @Test
    void readsAMatchingInteractionWithSourceAndTarget() {
        Statement statement = StatementReader.read(minimalWith("object", """
                {'id': 'http://example.com/q/2', 'definition': {'interactionType': 'matching',
                  'correctResponsesPattern': ['ben[.]3[,]chris[.]2'],
                  'source': [{'id': 'ben', 'description': {'en-US': 'Ben'}}, {'id': 'chris'}],
                  'target': [{'id': '2', 'description': {'en-US': 'Swim'}}, {'id': '3'}]}}"""));

        assertEquals(2, ((Activity) statement.object()).definition().components().get("target").size());
    }

    @Test
    void keepsScoresAsSent() {
        Statement statement = StatementReader.read(minimalWith("result",
                "{'score': {'scaled': -1.0000, 'raw': 1.5, 'min': 1, 'max': 2}, 'success': false}"));

        Score score = statement.result().score();
        assertEquals(new BigDecimal("-1.0000"), score.scaled());
        assertEquals(new BigDecimal("1.5"), score.raw());
        assertFalse(statement.result().success());
    }

    @Test
    void acceptsNullAndEmptyValuesInExtensions() {
        Statement statement = StatementReader.read(minimalWith("result",
                "{'extensions': {'http://example.com/null': null, 'http://example.com/empty': '', 'http://example.com/o': {}}}"));

        assertEquals(3, statement.result().extensions().values().size());
    }

    @Test
    void readsAttachmentMetadata() {
        Statement statement = StatementReader.read(minimalWith("attachments", """
                [{'usageType': 'http://adlnet.gov/expapi/attachments/signature',
                  'display': {'en-US': 'Signature', 'es': 'Firma'}, 'description': {'es-MX': 'La firma'},
                  'contentType': 'text/plain; charset=ascii', 'length': 27,
                  'sha2': '495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a',
                  'fileUrl': 'http://over.there.com/file.txt'}]"""));

        Attachment attachment = statement.attachments().get(0);
        assertEquals(27, attachment.length());
        assertEquals("text/plain; charset=ascii", attachment.contentType());
    }

    @Test
    void acceptsAnAuthorityOfTwoAgentsForOAuth() {
        Statement statement = StatementReader.read(minimalWith("authority", """
                {'objectType': 'Group', 'member': [
                  {'account': {'homePage': 'http://example.com/xAPI/OAuth/Token', 'name': 'oauth_consumer_x75db'}},
                  {'mbox': 'mailto:bob@example.com'}]}"""));

        assertEquals(2, ((Group) statement.authority()).members().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2013-05-18T05:32:34.804Z", "2013-05-18T05:32:34.804+00:00", "2013-05-18T07:32:34.804+0200",
            "2013-05-18T01:32:34.804-04", "2013-05-18T05:32:34.804"})
    void readsTimestampsWithOrWithoutZone(String timestamp) {
        Statement statement = StatementReader.read(minimalWith("timestamp", "'" + timestamp + "'"));

        assertEquals(Instant.parse("2013-05-18T05:32:34.804Z"), statement.timestamp());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT1H0M0.1S", "PT4H35M59.14S", "PT16559.14S", "P3Y1M29DT4H35M59.14S", "P3Y", "P4W", "PT0S",
            "P1DT12H", "PT1.5H"})
    void acceptsIso8601Durations(String duration) {
        assertEquals(duration, StatementReader.read(minimalWith("result", "{'duration': '" + duration + "'}"))
                .result().duration());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.0.0", "1.0.3", "1.0.9"})
    void acceptsEveryOnePointZeroVersion(String version) {
        assertEquals(version, StatementReader.read(minimalWith("version", "'" + version + "'")).version());
    }

    @Test
    void readsABatchOfStatements() {
        List<Statement> batch = StatementReader.readBatch("[" + Examples.MINIMAL + "," + Examples.SPEC_LONG_EXAMPLE + "]");

        assertEquals(2, batch.size());
        assertEquals(1, StatementReader.readBatch(Examples.MINIMAL).size());
    }

    @Test
    void voidingStatementPointsAtTheVoidedOne() {
        Statement voiding = StatementReader.read(json("""
                {'actor': {'mbox': 'mailto:trainer@s3learning.eu'},
                 'verb': {'id': 'http://adlnet.gov/expapi/verbs/voided', 'display': {'en-US': 'voided'}},
                 'object': {'objectType': 'StatementRef', 'id': 'e05aa883-acaf-40ad-bf54-02c8ce485fb0'}}"""));

        assertTrue(voiding.isVoiding());
        assertFalse(StatementReader.read(Examples.MINIMAL).isVoiding());
    }
}
