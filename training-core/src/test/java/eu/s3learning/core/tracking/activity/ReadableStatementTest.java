package eu.s3learning.core.tracking.activity;

import static eu.s3learning.core.tracking.activity.PlatformLikeStatements.COMPLETED;
import static eu.s3learning.core.tracking.activity.PlatformLikeStatements.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.s3learning.core.identity.Language;
import eu.s3learning.xapi.Statement;
import eu.s3learning.xapi.StatementReader;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReadableStatementTest {

    private static final Instant AT = Instant.parse("2027-03-01T09:15:00Z");

    @Test
    void a_platform_statement_reads_in_the_readers_language() {
        UUID registration = UUID.randomUUID();
        Statement completed = statement(42, COMPLETED, "completed", "a finalizat", "unit/7", "Ce este S3", registration,
                "phase/2", AT);
        ReadableStatement ro = ReadableStatement.of(completed, Language.RO);
        assertEquals("a finalizat", ro.verb());
        assertEquals("Ce este S3", ro.object());
        assertEquals("Iași 2027", ro.context(), "the cohort, the last grouping activity");
        assertEquals(AT, ro.timestamp());
        assertEquals(AT.plusSeconds(1), ro.stored());
        assertEquals(registration, ro.registration());
        assertEquals(COMPLETED, ro.verbId());
        assertEquals("http://s3.test/xapi/activities/unit/7", ro.objectId());
        assertNull(ro.result());
        ReadableStatement en = ReadableStatement.of(completed, Language.EN);
        assertEquals("completed", en.verb());
        assertEquals("Ce este S3", en.object(), "a name only in the cohort's language is shown as it is");
    }

    @Test
    void texts_fall_back_to_a_regional_tag_then_english_then_the_first_language() {
        Statement sent = StatementReader.read("{\"actor\":{\"mbox\":\"mailto:ana@example.ro\"},"
                + "\"verb\":{\"id\":\"http://example.com/verbs/reviewed\",\"display\":{\"de\":\"überprüfte\",\"en-GB\":\"reviewed\"}},"
                + "\"object\":{\"id\":\"http://example.com/case\",\"definition\":{\"name\":{\"fr\":\"étude\",\"ro-RO\":\"studiu de caz\"}}}}");
        ReadableStatement ro = ReadableStatement.of(sent, Language.RO);
        assertEquals("reviewed", ro.verb(), "no Romanian display: English, by its regional tag");
        assertEquals("studiu de caz", ro.object(), "ro-RO serves a Romanian reader");
        assertEquals("étude", ReadableStatement.of(sent, Language.EN).object(), "neither language: the first one");
        assertNull(ro.context());
    }

    @Test
    void a_verb_without_display_takes_the_profiles_or_else_the_end_of_its_iri() {
        Statement profileVerb = StatementReader.read("{\"actor\":{\"mbox\":\"mailto:ana@example.ro\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/attended\"},\"object\":{\"id\":\"http://example.com/day\"}}");
        assertEquals("a participat la", ReadableStatement.of(profileVerb, Language.RO).verb());
        assertEquals("http://example.com/day", ReadableStatement.of(profileVerb, Language.RO).object(),
                "an activity without a name shows its id");
        Statement blankName = StatementReader.read("{\"actor\":{\"mbox\":\"mailto:ana@example.ro\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/attended\"},"
                + "\"object\":{\"id\":\"http://example.com/day\",\"definition\":{\"name\":{\"ro\":\" \"}}}}");
        assertEquals("http://example.com/day", ReadableStatement.of(blankName, Language.RO).object(),
                "a blank name is no name");
        Statement otherVerb = StatementReader.read("{\"actor\":{\"mbox\":\"mailto:ana@example.ro\"},"
                + "\"verb\":{\"id\":\"http://example.com/verbs/bookmarked\"},\"object\":{\"id\":\"http://example.com/day\"}}");
        assertEquals("bookmarked", ReadableStatement.of(otherVerb, Language.EN).verb());
    }

    @Test
    void a_result_is_summed_up_compactly() {
        Statement scored = StatementReader.read("{\"actor\":{\"mbox\":\"mailto:ana@example.ro\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/passed\"},\"object\":{\"id\":\"http://example.com/quiz\"},"
                + "\"result\":{\"success\":true,\"completion\":true,\"score\":{\"scaled\":0.85,\"raw\":17,\"max\":20},"
                + "\"duration\":\"PT12M\"}}");
        assertEquals("success=true; completion=true; score=85%; raw=17/20; duration=PT12M",
                ReadableStatement.of(scored, Language.EN).result());
    }
}
