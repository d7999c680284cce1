package eu.s3learning.core.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    @Test
    void everyMailIsWrittenInEveryLanguage() throws IOException {
        Properties english = load("MailMessages.properties");
        Properties romanian = load("MailMessages_ro.properties");
        assertEquals(english.keySet(), romanian.keySet());
        for (MailKind kind : MailKind.values()) {
            assertTrue(english.containsKey(kind.key() + ".subject"), kind + " subject");
            assertTrue(english.containsKey(kind.key() + ".body"), kind + " body");
        }
    }

    @Test
    void rendersTheRecipientsLanguageWithArgumentsInPlace() {
        MailContent ro = MailTemplates.render(MailKind.VERIFY_EMAIL, Locale.forLanguageTag("ro"), "Ana", "http://x/verify?token=t", 48);
        assertEquals("Confirmați adresa de e-mail", ro.subject());
        assertTrue(ro.body().contains("Bună ziua, Ana"));
        assertTrue(ro.body().contains("http://x/verify?token=t"));
        assertFalse(ro.body().contains("{"), "no placeholder left");
        MailContent en = MailTemplates.render(MailKind.VERIFY_EMAIL, Locale.ENGLISH, "Ana", "http://x/verify?token=t", 48);
        assertTrue(en.body().contains("within 48 hours"));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailTemplates.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
