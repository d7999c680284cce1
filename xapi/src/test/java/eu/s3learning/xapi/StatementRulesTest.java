package eu.s3learning.xapi;

import static eu.s3learning.xapi.Examples.json;
import static eu.s3learning.xapi.Examples.minimalWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Statements an LRS must refuse with 400, one or more per rule, after the conformance suite's categories
 * (adlnet/lrs-conformance-test-suite, test/v1_0_3). Each names the rule's code and the path reported.
 */
class StatementRulesTest {

    private static final String AGENT = "{'mbox': 'mailto:a@example.com'}";
    private static final String OTHER_AGENT = "{'mbox': 'mailto:b@example.com'}";

    static Stream<Arguments> brokenStatements() {
        return Stream.of(
                // Formatting: types, nulls, unknown keys and key case (XAPI-00001, -00006, -00008, -00010)
                broken("null-value", "statement.actor.name", "actor", "{'name': null, 'mbox': 'mailto:a@example.com'}"),
                broken("null-value", "statement.context.registration", "context", "{'registration': null}"),
                broken("null-value", "statement.verb.display.en-US", "verb",
                        "{'id': 'http://example.com/v', 'display': {'en-US': null}}"),
                broken("wrong-type", "statement.result.score.max", "result", "{'score': {'max': '100'}}"),
                broken("wrong-type", "statement.result.success", "result", "{'success': 'true'}"),
                broken("wrong-type", "statement.result.completion", "result", "{'completion': 1}"),
                broken("wrong-type", "statement.result.response", "result", "{'response': 42}"),
                broken("wrong-type", "statement.result.score", "result", "{'score': 0.5}"),
                broken("wrong-type", "statement.actor.name", "actor", "{'name': {'key': 1}, 'mbox': 'mailto:a@example.com'}"),
                broken("wrong-type", "statement.actor", "actor", "'mailto:a@example.com'"),
                broken("wrong-type", "statement.verb.display", "verb", "{'id': 'http://example.com/v', 'display': 'sent'}"),
                broken("wrong-type", "statement.context.contextActivities", "context", "{'contextActivities': []}"),
                broken("wrong-type", "statement.context.contextActivities.parent", "context",
                        "{'contextActivities': {'parent': 'http://example.com/a'}}"),
                broken("wrong-type", "statement.context.revision", "context", "{'revision': 2}"),
                broken("wrong-type", "statement.attachments", "attachments", "{}"),
                broken("wrong-type", "statement.object.definition.extensions", "object",
                        "{'id': 'http://example.com/a', 'definition': {'extensions': 'none'}}"),
                broken("unknown-property", "statement.object.definition.moreinfo", "object",
                        "{'id': 'http://example.com/a', 'definition': {'moreinfo': 'http://example.com/more'}}"),
                broken("unknown-property", "statement.actor.key", "actor", "{'mbox': 'mailto:a@example.com', 'key': 'v'}"),
                broken("unknown-property", "statement.context.contextActivities.cousin", "context",
                        "{'contextActivities': {'cousin': {'id': 'http://example.com/a'}}}"),
                broken("unknown-property", "statement.Actor", "Actor", AGENT),
                broken("unknown-property", "statement.objectType", "objectType", "'Statement'"),
                // Statement properties (XAPI-00003 to -00005)
                missing("actor"),
                missing("verb"),
                missing("object"),
                broken("required-property", "statement.verb.id", "verb", "{'display': {'en-US': 'sent'}}"),
                broken("required-property", "statement.object.id", "object", "{'objectType': 'Activity'}"),
                // UUIDs (XAPI-00027 to -00030)
                broken("uuid", "statement.id", "id", "'AA97B177-9383-4934-8543-0F91A7A028368'"),
                broken("uuid", "statement.id", "id", "'MA97B177-9383-4934-8543-0F91A7A02836'"),
                broken("uuid", "statement.id", "id", "'aa97b177938349348543 0f91a7a02836'"),
                broken("uuid", "statement.id", "id", "'aa97b177-9383-4934-c543-0f91a7a02836'"),
                broken("wrong-type", "statement.id", "id", "12345"),
                broken("uuid", "statement.context.registration", "context", "{'registration': ''}"),
                // Actors and identifiers (XAPI-00031 to -00043)
                broken("object-type", "statement.actor.objectType", "actor",
                        "{'objectType': 'Activity', 'mbox': 'mailto:a@example.com'}"),
                broken("object-type", "statement.actor.objectType", "actor",
                        "{'objectType': 'agent', 'mbox': 'mailto:a@example.com'}"),
                broken("wrong-type", "statement.actor.objectType", "actor", "{'objectType': 123, 'mbox': 'mailto:a@example.com'}"),
                broken("identifier", "statement.actor", "actor", "{'name': 'Nobody'}"),
                broken("identifier", "statement.actor", "actor",
                        "{'mbox': 'mailto:a@example.com', 'openid': 'http://openid.example.org/12345'}"),
                broken("identifier", "statement.actor", "actor", "{'objectType': 'Group', 'mbox': 'mailto:g@example.com',"
                        + " 'mbox_sha1sum': 'cd9b00a5611f94eaa7b1661edab976068e364975', 'member': [" + AGENT + "]}"),
                broken("mailto", "statement.actor.mbox", "actor", "{'mbox': 'xapi@adlnet.gov'}"),
                broken("mailto", "statement.actor.mbox", "actor", "{'mbox': 'mailto:'}"),
                broken("sha1", "statement.actor.mbox_sha1sum", "actor", "{'mbox_sha1sum': 'mailto:a@example.com'}"),
                broken("iri", "statement.actor.openid", "actor", "{'openid': 'open.id.com/testUser'}"),
                broken("iri", "statement.actor.account.homePage", "actor",
                        "{'account': {'homePage': 'homePage.com/testUser', 'name': '123456'}}"),
                broken("required-property", "statement.actor.account.homePage", "actor", "{'account': {'name': '123456'}}"),
                broken("required-property", "statement.actor.account.name", "actor",
                        "{'account': {'homePage': 'http://example.com'}}"),
                broken("wrong-type", "statement.actor.account.name", "actor",
                        "{'account': {'homePage': 'http://example.com', 'name': {'key': 'v'}}}"),
                // Groups (XAPI-00035 to -00037)
                broken("group-member", "statement.actor.member", "actor", "{'objectType': 'Group', 'name': 'Anonymous'}"),
                broken("group-member", "statement.actor.member", "actor", "{'objectType': 'Group', 'member': []}"),
                broken("wrong-type", "statement.actor.member", "actor", "{'objectType': 'Group', 'member': " + AGENT + "}"),
                broken("group-member", "statement.actor.member[1].objectType", "actor", "{'objectType': 'Group', 'member': ["
                        + AGENT + ", {'objectType': 'Group', 'member': [" + OTHER_AGENT + "]}]}"),
                broken("identifier", "statement.actor.member[0]", "actor", "{'objectType': 'Group', 'member': [{'name': 'x'}]}"),
                broken("object-type", "statement.context.team.objectType", "context", "{'team': " + AGENT + "}"),
                // Authority (XAPI-00024, -00098, -00100)
                broken("authority", "statement.authority", "authority",
                        "{'objectType': 'Group', 'member': [" + AGENT + ", " + OTHER_AGENT + ", {'mbox': 'mailto:c@example.com'}]}"),
                broken("authority", "statement.authority", "authority", "{'objectType': 'Group', 'member': [" + AGENT + "]}"),
                broken("authority", "statement.authority", "authority", "{'objectType': 'Group', 'mbox': 'mailto:g@example.com',"
                        + " 'member': [" + AGENT + ", " + OTHER_AGENT + "]}"),
                // Verbs (XAPI-00044, -00045) and IRIs without a scheme (XAPI-00011)
                broken("iri", "statement.verb.id", "verb", "{'id': 'adlnet.gov/expapi/verbs/attended'}"),
                broken("iri", "statement.verb.id", "verb", "{'id': ''}"),
                broken("iri", "statement.verb.id", "verb", "{'id': 'http://example.com/has space'}"),
                broken("iri", "statement.object.id", "object", "{'id': 'www.example.com/meetings/34534'}"),
                broken("iri", "statement.object.definition.type", "object",
                        "{'id': 'http://example.com/a', 'definition': {'type': 'adlnet.gov/expapi/activities/meeting'}}"),
                broken("iri", "statement.object.definition.moreInfo", "object",
                        "{'id': 'http://example.com/a', 'definition': {'moreInfo': 'virtualmeeting.example.com/345256'}}"),
                broken("iri", "statement.context.extensions.example.com/extension/wrong", "context",
                        "{'extensions': {'example.com/extension/wrong': 1234}}"),
                broken("iri", "statement.result.extensions.should fail", "result", "{'extensions': {'should fail': 1}}"),
                // Objects (XAPI-00046 to -00073)
                broken("object-type", "statement.object.objectType", "object", "{'objectType': 'activity', 'id': 'http://example.com/a'}"),
                broken("object-type", "statement.object.objectType", "object", "{'objectType': 'Statement', 'id': 'http://example.com/a'}"),
                broken("required-property", "statement.object.objectType", "object", "{'mbox': 'mailto:a@example.com'}"),
                broken("required-property", "statement.object.objectType", "object", "{'member': [" + AGENT + "]}"),
                broken("wrong-type", "statement.object.definition", "object", "{'id': 'http://example.com/a', 'definition': 'x'}"),
                broken("required-property", "statement.object.id", "object", "{'objectType': 'StatementRef'}"),
                broken("uuid", "statement.object.id", "object", "{'objectType': 'StatementRef', 'id': 'http://example.com/a'}"),
                broken("required-property", "statement.context.statement.objectType", "context",
                        "{'statement': {'id': '8f87ccde-bb56-4c2e-ab83-44982ef22df0'}}"),
                broken("object-type", "statement.context.statement.objectType", "context",
                        "{'statement': {'objectType': 'SubStatement', 'id': '8f87ccde-bb56-4c2e-ab83-44982ef22df0'}}"),
                // Interactions (XAPI-00053 to -00064)
                broken("interaction", "statement.object.definition.interactionType", "object",
                        "{'id': 'http://example.com/a', 'definition': {'interactionType': 'choiCe'}}"),
                broken("interaction", "statement.object.definition.interactionType", "object",
                        "{'id': 'http://example.com/a', 'definition': {'correctResponsesPattern': ['true']}}"),
                broken("interaction", "statement.object.definition.interactionType", "object",
                        "{'id': 'http://example.com/a', 'definition': {'choices': [{'id': 'a'}]}}"),
                broken("interaction", "statement.object.definition.scale", "object",
                        "{'id': 'http://example.com/a', 'definition': {'interactionType': 'choice', 'scale': [{'id': 'a'}]}}"),
                broken("interaction", "statement.object.definition.choices", "object",
                        "{'id': 'http://example.com/a', 'definition': {'interactionType': 'true-false', 'choices': [{'id': 'a'}]}}"),
                broken("interaction", "statement.object.definition.steps[1].id", "object",
                        "{'id': 'http://example.com/a', 'definition': {'interactionType': 'performance',"
                                + " 'steps': [{'id': 'pong'}, {'id': 'pong'}]}}"),
                broken("required-property", "statement.object.definition.source[0].id", "object",
                        "{'id': 'http://example.com/a', 'definition': {'interactionType': 'matching', 'source': [{}]}}"),
                broken("wrong-type", "statement.object.definition.correctResponsesPattern[0]", "object",
                        "{'id': 'http://example.com/a', 'definition': {'interactionType': 'numeric', 'correctResponsesPattern': [4]}}"),
                // SubStatements (XAPI-00066 to -00071)
                broken("sub-statement", "statement.object.id", "object", subStatementWith("'id': '8f87ccde-bb56-4c2e-ab83-44982ef22df0'")),
                broken("sub-statement", "statement.object.stored", "object", subStatementWith("'stored': '2013-05-18T05:32:34.804Z'")),
                broken("sub-statement", "statement.object.version", "object", subStatementWith("'version': '1.0.0'")),
                broken("sub-statement", "statement.object.authority", "object", subStatementWith("'authority': " + AGENT)),
                broken("sub-statement", "statement.object.object.objectType", "object", "{'objectType': 'SubStatement',"
                        + " 'actor': " + AGENT + ", 'verb': {'id': 'http://example.com/v'}, 'object': {'objectType': 'SubStatement',"
                        + " 'actor': " + AGENT + ", 'verb': {'id': 'http://example.com/v'}, 'object': {'id': 'http://example.com/a'}}}"),
                broken("required-property", "statement.object.verb", "object", "{'objectType': 'SubStatement', 'actor': " + AGENT
                        + ", 'object': {'id': 'http://example.com/a'}}"),
                // Results and scores (XAPI-00074 to -00083)
                broken("score", "statement.result.score.scaled", "result", "{'score': {'scaled': 1.01}}"),
                broken("score", "statement.result.score.scaled", "result", "{'score': {'scaled': -1.00001}}"),
                broken("score", "statement.result.score.raw", "result", "{'score': {'raw': 101, 'min': 0, 'max': 100}}"),
                broken("score", "statement.result.score.raw", "result", "{'score': {'raw': -1, 'min': 0}}"),
                broken("score", "statement.result.score.min", "result", "{'score': {'min': 10, 'max': 5}}"),
                broken("duration", "statement.result.duration", "result", "{'duration': 'PA1H0M0S'}"),
                broken("duration", "statement.result.duration", "result", "{'duration': 'P4W1D'}"),
                broken("duration", "statement.result.duration", "result", "{'duration': 'P'}"),
                broken("duration", "statement.result.duration", "result", "{'duration': 'PT'}"),
                broken("duration", "statement.result.duration", "result", "{'duration': 'PT1.5H30M'}"),
                broken("wrong-type", "statement.result.duration", "result", "{'duration': 3600}"),
                // Context (XAPI-00084 to -00096)
                broken("context", "statement.context.revision", "context", "{'revision': 'r1'}", "object", "{'objectType': 'Agent', 'mbox': 'mailto:x@example.com'}"),
                broken("context", "statement.context.platform", "context", "{'platform': 'web'}", "object", "{'objectType': 'StatementRef', 'id': '8f87ccde-bb56-4c2e-ab83-44982ef22df0'}"),
                broken("object-type", "statement.context.contextActivities.parent[0].objectType", "context",
                        "{'contextActivities': {'parent': [{'objectType': 'Agent', 'id': 'http://example.com/a'}]}}"),
                broken("language-tag", "statement.context.language", "context", "{'language': 'something'}"),
                // Language maps (XAPI-00013, -00121)
                broken("language-tag", "statement.verb.display.something", "verb", "{'id': 'http://example.com/v', 'display': {'something': 'besucht'}}"),
                broken("language-tag", "statement.object.definition.name.zh-z-aaa-z-bbb-c-ccc", "object",
                        "{'id': 'http://example.com/a', 'definition': {'name': {'zh-z-aaa-z-bbb-c-ccc': 'x'}}}"),
                broken("wrong-type", "statement.object.definition.description.en", "object",
                        "{'id': 'http://example.com/a', 'definition': {'description': {'en': ['x']}}}"),
                // Timestamps (XAPI-00022, -00123)
                broken("timestamp", "statement.timestamp", "timestamp", "'should fail'"),
                broken("timestamp", "statement.timestamp", "timestamp", "'01/011/2015'"),
                broken("timestamp", "statement.timestamp", "timestamp", "'2008-09-15T15:53:00.601-00'"),
                broken("timestamp", "statement.timestamp", "timestamp", "'2008-09-15T15:53:00.601-0000'"),
                broken("timestamp", "statement.timestamp", "timestamp", "'2008-09-15T15:53:00.601-00:00'"),
                broken("timestamp", "statement.timestamp", "timestamp", "'2008-02-30T15:53:00Z'"),
                broken("timestamp", "statement.stored", "stored", "'2008-09-15'"),
                // Version (XAPI-00101, Communication 3.3)
                broken("version", "statement.version", "version", "'0.9.9'"),
                broken("version", "statement.version", "version", "'1.1.0'"),
                broken("version", "statement.version", "version", "'should fail'"),
                // Voiding (XAPI-00017, -00020)
                broken("voiding", "statement.object", "verb", "{'id': 'http://adlnet.gov/expapi/verbs/voided'}"),
                // Attachments (XAPI-00025, -00102 to -00107)
                broken("wrong-type", "statement.attachments[0]", "attachments", "['attachment']"),
                broken("iri", "statement.attachments[0].usageType", "attachments", attachmentWith("'usageType': 'should fail'")),
                broken("iri", "statement.attachments[0].fileUrl", "attachments", attachmentWith("'fileUrl': 'over.there.com/file.txt'")),
                broken("wrong-type", "statement.attachments[0].length", "attachments", attachmentWith("'length': '27'")),
                broken("wrong-type", "statement.attachments[0].length", "attachments", attachmentWith("'length': 27.5")),
                broken("wrong-type", "statement.attachments[0].contentType", "attachments", attachmentWith("'contentType': 7")),
                broken("attachment", "statement.attachments[0].contentType", "attachments", attachmentWith("'contentType': 'text'")),
                broken("attachment", "statement.attachments[0].sha2", "attachments", attachmentWith("'sha2': 'should fail'")),
                broken("wrong-type", "statement.attachments[0].display", "attachments", attachmentWith("'display': 'A file'")),
                broken("language-tag", "statement.attachments[0].description.something", "attachments",
                        attachmentWith("'description': {'something': 'x'}")));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("brokenStatements")
    void refuses(String code, String path, String statement) {
        InvalidStatement refusal = assertThrows(InvalidStatement.class, () -> StatementReader.read(statement));

        assertEquals(code, refusal.code(), refusal.getMessage());
        assertEquals(path, refusal.path(), refusal.getMessage());
    }

    @Test
    void namesThePathAndTheRuleInItsMessage() {
        InvalidStatement refusal = assertThrows(InvalidStatement.class,
                () -> StatementReader.read(minimalWith("actor", "{'mbox': 'ana@example.com'}")));

        assertEquals("statement.actor.mbox must be a mailto: IRI", refusal.getMessage());
        assertEquals(StatementRule.MAILTO, refusal.rule());
    }

    @Test
    void hintsAtTheRightCaseOfAKey() {
        InvalidStatement refusal = assertThrows(InvalidStatement.class,
                () -> StatementReader.read(minimalWith("iD", "'8f87ccde-bb56-4c2e-ab83-44982ef22df0'")));

        assertEquals("statement.iD is not a property of a statement (keys are case-sensitive: id)", refusal.getMessage());
    }

    @Test
    void refusesMalformedJsonAndDuplicateKeys() {
        assertEquals("malformed-json", assertThrows(InvalidStatement.class,
                () -> StatementReader.read("{\"actor\": ")).code());
        assertEquals("malformed-json", assertThrows(InvalidStatement.class,
                () -> StatementReader.read(json("{'actor': {'mbox': 'mailto:a@example.com'}, 'actor': {'mbox': 'mailto:b@example.com'}}"))).code());
        // Deep inside, in an array, and after the value.
        assertEquals("malformed-json", assertThrows(InvalidStatement.class, () -> StatementReader.read(json("""
                {'actor': {'mbox': 'mailto:a@example.com'}, 'verb': {'id': 'http://adlnet.gov/expapi/verbs/attempted'},
                 'object': {'id': 'http://example.com/a'},
                 'result': {'extensions': {'http://example.com/x': [{'n': 1, 'n': 2}]}}}
                """))).code());
        assertEquals("malformed-json", assertThrows(InvalidStatement.class,
                () -> StatementReader.readBatch("[" + Examples.MINIMAL + "] []")).code());
        assertEquals("malformed-json", assertThrows(InvalidStatement.class,
                () -> StatementReader.read(Examples.MINIMAL + "{}")).code());
    }

    @Test
    void namesTheIndexOfTheBrokenStatementInABatch() {
        InvalidStatement refusal = assertThrows(InvalidStatement.class, () -> StatementReader.readBatch(
                "[" + Examples.MINIMAL + "," + minimalWith("version", "'3.0.0'") + "]"));

        assertEquals("statements[1].version", refusal.path());
    }

    private static Arguments broken(String code, String path, String key, String value) {
        return Arguments.of(code, path, minimalWith(key, value));
    }

    /** Two properties set at once, for rules that tie them together. */
    private static Arguments broken(String code, String path, String key, String value, String key2, String value2) {
        String statement = minimalWith(key, value);
        return Arguments.of(code, path, Json.createObjectBuilder(
                Json.createReader(new StringReader(statement)).readObject())
                .add(key2, Json.createReader(new StringReader(json(value2))).readValue())
                .build().toString());
    }

    private static Arguments missing(String key) {
        String statement = Json.createObjectBuilder(
                Json.createReader(new StringReader(Examples.MINIMAL)).readObject())
                .remove(key).build().toString();
        return Arguments.of("required-property", "statement." + key, statement);
    }

    private static String subStatementWith(String extra) {
        return "{'objectType': 'SubStatement', 'actor': " + AGENT + ", 'verb': {'id': 'http://example.com/v'},"
                + " 'object': {'id': 'http://example.com/a'}, " + extra + "}";
    }

    private static String attachmentWith(String replacement) {
        String key = replacement.substring(1, replacement.indexOf('\'', 1));
        StringBuilder attachment = new StringBuilder("[{");
        String[][] defaults = {{"usageType", "'http://adlnet.gov/expapi/attachments/signature'"},
                {"display", "{'en-US': 'Signature'}"}, {"contentType", "'text/plain'"}, {"length", "27"},
                {"sha2", "'495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a'"}};
        for (String[] property : defaults) {
            if (!property[0].equals(key)) {
                attachment.append('\'').append(property[0]).append("': ").append(property[1]).append(", ");
            }
        }
        return attachment.append(replacement).append("}]").toString();
    }
}
