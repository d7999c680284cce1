package eu.s3learning.core.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.s3learning.core.RuleViolation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class RosterImportTest {

    private static List<CSVRecord> parse(String text) {
        return RosterImport.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(RuleViolation.class, () -> RosterImport.parse(new ByteArrayInputStream(bytes))).messageKey();
    }

    @Test
    void a_spreadsheet_export_with_semicolons_a_byte_order_mark_and_a_romanian_header_is_read() {
        List<CSVRecord> records = parse("\uFEFFNume complet;Adresă de e-mail\r\nȘtefan Ionescu;stefan@adr-nordest.ro\r\n\r\nAna;ana@example.ro\r\n");
        assertEquals(2, records.size());
        assertEquals("stefan@adr-nordest.ro", records.get(0).get("email"));
        assertEquals("Ștefan Ionescu", records.get(0).get("name"));
    }

    @Test
    void commas_quotes_and_an_english_header_are_read() {
        List<CSVRecord> records = parse("Full name,E-mail\n\"Popescu, Maria\",maria@example.ro\n");
        assertEquals("Popescu, Maria", records.get(0).get("name"));
        assertEquals("maria@example.ro", records.get(0).get("email"));
    }

    @Test
    void files_that_are_no_roster_import_nothing() {
        assertEquals("error.roster.noEmailColumn", refusal("name,organisation\nAna,ADR\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("error.roster.empty", refusal(new byte[0]));
        assertEquals("error.roster.notUtf8", refusal(new byte[] {'e', 'm', 'a', 'i', 'l', '\n', (byte) 0xC3, (byte) 0x28}));
        assertEquals("error.roster.tooLarge", refusal(new byte[RosterImport.MAX_BYTES + 1]));
        StringBuilder many = new StringBuilder("email\n");
        for (int i = 0; i <= RosterImport.MAX_LINES; i++) {
            many.append("p").append(i).append("@example.ro\n");
        }
        assertEquals("error.roster.tooManyLines", refusal(many.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
