package eu.s3learning.xapi;

import static eu.s3learning.xapi.Examples.json;
import static eu.s3learning.xapi.Examples.minimalWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Completing a statement on storage, and comparing statements for a PUT of a known id. */
class StatementTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:15:30.123Z");
    private static final Agent PLATFORM = new Agent("S3 Learning Platform",
            new InverseFunctionalIdentifier.Account(new Iri("https://s3learning.eu"), "lrs"));

    @Test
    void storageAssignsIdStoredTimestampAuthorityAndVersion() {
        Statement stored = StatementReader.read(Examples.MINIMAL).completedOnStorage(NOW, PLATFORM);

        assertNotNull(stored.id());
        assertEquals(NOW, stored.stored());
        assertEquals(NOW, stored.timestamp());
        assertSame(PLATFORM, stored.authority());
        assertEquals("1.0.0", stored.version());
    }

    @Test
    void storageKeepsWhatTheSenderGaveButOverwritesStoredAndAuthority() {
        Statement sent = StatementReader.read(Examples.SPEC_LONG_EXAMPLE);

        Statement stored = sent.completedOnStorage(NOW, PLATFORM);

        assertEquals(UUID.fromString("6690e6c9-3ef0-4ed3-8b37-7f3964730bee"), stored.id());
        assertEquals(Instant.parse("2013-05-18T05:32:34.804Z"), stored.timestamp());
        assertEquals(NOW, stored.stored());
        assertSame(PLATFORM, stored.authority());
        assertEquals("1.0.0", stored.version());
    }

    @Test
    void aStoredStatementHasTheSameContentAsTheOneSent() {
        Statement sent = StatementReader.read(Examples.SPEC_LONG_EXAMPLE);
        Statement minimal = StatementReader.read(Examples.MINIMAL);

        assertTrue(sent.completedOnStorage(NOW, PLATFORM).sameContentAs(sent));
        assertTrue(minimal.sameContentAs(minimal.completedOnStorage(NOW, PLATFORM)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            verb display              | verb      | {'id': 'http://adlnet.gov/expapi/verbs/attempted', 'display': {'en-US': 'attempted'}}
            activity definition       | object    | {'objectType': 'Activity', 'id': 'http://s3learning.eu/activities/s3-strategy', 'definition': {'name': {'en': 'S3'}}}
            agent objectType          | actor     | {'objectType': 'Agent', 'mbox': 'mailto:ana.ionescu@adr-vest.ro'}
            e-mail domain case        | actor     | {'mbox': 'mailto:ana.ionescu@ADR-Vest.ro'}
            version                   | version   | '1.0.3'
            authority                 | authority | {'mbox': 'mailto:lrs@example.com'}
            stored                    | stored    | '2020-01-01T00:00:00Z'
            id                        | id        | '8f87ccde-bb56-4c2e-ab83-44982ef22df0'
            timestamp the LRS may add | timestamp | '2020-01-01T00:00:00Z'
            """)
    void ignoresWhatTheLrsMayHaveChanged(String difference, String key, String value) {
        Statement original = StatementReader.read(Examples.MINIMAL);

        assertTrue(original.sameContentAs(StatementReader.read(minimalWith(key, value))), difference);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            actor name      | actor   | {'name': 'Ana', 'mbox': 'mailto:ana.ionescu@adr-vest.ro'}
            e-mail local    | actor   | {'mbox': 'mailto:Ana.Ionescu@adr-vest.ro'}
            verb            | verb    | {'id': 'http://adlnet.gov/expapi/verbs/completed'}
            object          | object  | {'id': 'http://s3learning.eu/activities/other'}
            result          | result  | {'completion': true}
            context         | context | {'platform': 'mobile'}
            attachments     | attachments | [{'usageType': 'http://example.com/u', 'display': {'en': 'x'}, 'contentType': 'text/plain', 'length': 1, 'sha2': '495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a'}]
            """)
    void seesAnyOtherDifference(String difference, String key, String value) {
        Statement original = StatementReader.read(Examples.MINIMAL);

        assertFalse(original.sameContentAs(StatementReader.read(minimalWith(key, value))), difference);
    }

    @Test
    void comparesTimestampsAsPointsInTime() {
        Statement utc = StatementReader.read(minimalWith("timestamp", "'2015-12-18T12:17:00Z'"));

        assertTrue(utc.sameContentAs(StatementReader.read(minimalWith("timestamp", "'2015-12-18T14:17:00+02:00'"))));
        assertFalse(utc.sameContentAs(StatementReader.read(minimalWith("timestamp", "'2015-12-18T12:17:00.001Z'"))));
    }

    @Test
    void comparesDurationsAsStringsAndScoresAsNumbers() {
        Statement hour = StatementReader.read(minimalWith("result", "{'duration': 'PT1H', 'score': {'scaled': 0.5}}"));

        assertFalse(hour.sameContentAs(StatementReader.read(minimalWith("result", "{'duration': 'PT60M', 'score': {'scaled': 0.5}}"))));
        assertTrue(hour.sameContentAs(StatementReader.read(minimalWith("result", "{'duration': 'PT1H', 'score': {'scaled': 0.50}}"))));
    }

    @Test
    void ignoresTheOrderOfGroupMembersButNotOfContextActivities() {
        Statement group = StatementReader.read(json("""
                {'actor': {'objectType': 'Group', 'member': [{'mbox': 'mailto:a@example.com'}, {'mbox': 'mailto:b@example.com'}]},
                 'verb': {'id': 'http://adlnet.gov/expapi/verbs/attended'}, 'object': {'id': 'http://example.com/meeting'}}"""));
        Statement reordered = StatementReader.read(json("""
                {'actor': {'objectType': 'Group', 'member': [{'mbox': 'mailto:b@example.com'}, {'mbox': 'mailto:a@example.com'}]},
                 'verb': {'id': 'http://adlnet.gov/expapi/verbs/attended'}, 'object': {'id': 'http://example.com/meeting'}}"""));

        assertTrue(group.sameContentAs(reordered));
    }

    @Test
    void treatsASingleContextActivityAsAnArrayOfOne() {
        Statement single = StatementReader.read(minimalWith("context", "{'contextActivities': {'parent': {'id': 'http://example.com/p'}}}"));
        Statement array = StatementReader.read(minimalWith("context", "{'contextActivities': {'parent': [{'id': 'http://example.com/p'}]}}"));

        assertTrue(single.sameContentAs(array));
    }
}
