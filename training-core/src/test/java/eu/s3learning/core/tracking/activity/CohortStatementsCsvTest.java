package eu.s3learning.core.tracking.activity;

import static eu.s3learning.core.tracking.activity.PlatformLikeStatements.COMPLETED;
import static eu.s3learning.core.tracking.activity.PlatformLikeStatements.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.identity.Language;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CohortStatementsCsvTest {

    @Test
    void one_row_per_statement_quoted_and_with_formulas_defused() throws Exception {
        UUID registration = UUID.randomUUID();
        Instant at = Instant.parse("2027-03-01T09:15:00.250Z");
        var statement = statement(42, COMPLETED, "completed", "a finalizat", "unit/7", "Ce este S3, \"partea 1\"",
                registration, null, at);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CohortStatementsCsv.write(List.of(
                new CohortStatementsCsv.Line(ReadableStatement.of(statement, Language.RO), "=HYPERLINK(\"http://evil\",\"x\")"),
                new CohortStatementsCsv.Line(ReadableStatement.of(statement, Language.RO), "-Ana; @Popescu")),
                word -> "[" + word + "]", out);
        byte[] bytes = out.toByteArray();
        assertEquals((byte) 0xEF, bytes[0], "a byte-order mark first, for spreadsheets");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains(",\"Ce este S3, \"\"partea 1\"\"\","), text);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        assertEquals(3, records.size());
        assertEquals(List.of("[timestamp]", "[stored]", "[learner]", "[verb]", "[verbId]", "[objectId]", "[objectName]",
                "[result]", "[registration]", "[statementId]"), records.get(0).toList());
        assertEquals(List.of("2027-03-01T09:15:00.250Z", "2027-03-01T09:15:01.250Z", "'=HYPERLINK(\"http://evil\",\"x\")",
                "a finalizat", COMPLETED, "http://s3.test/xapi/activities/unit/7", "Ce este S3, \"partea 1\"", "",
                registration.toString(), statement.id().toString()), records.get(1).toList());
        assertEquals("'-Ana; @Popescu", records.get(2).get(2));
    }
}
