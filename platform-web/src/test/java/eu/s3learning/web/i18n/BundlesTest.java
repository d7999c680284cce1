package eu.s3learning.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.audit.SecurityEventType;
import eu.s3learning.core.identity.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** English and Romanian are complete: every text exists in both. */
class BundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "faces"})
    void romanianHasEveryEnglishKeyAndNoOther(String bundle) throws IOException {
        Properties en = load(bundle + "_en.properties");
        Properties ro = load(bundle + "_ro.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(ro.stringPropertyNames()));
        ro.stringPropertyNames().forEach(key -> assertTrue(!ro.getProperty(key).isBlank(), key));
    }

    @Test
    void everyRoleAndAuditEventHasAName() throws IOException {
        Properties en = load("messages_en.properties");
        for (Role role : Role.values()) {
            assertTrue(en.containsKey("role." + role), role.name());
        }
        for (SecurityEventType type : SecurityEventType.values()) {
            assertTrue(en.containsKey("event." + type), type.name());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/eu/s3learning/web/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
