package eu.s3learning.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.audit.SecurityEventType;
import eu.s3learning.core.identity.Role;
import eu.s3learning.core.cohort.EnrolmentMode;
import eu.s3learning.core.cohort.EnrolmentStatus;
import eu.s3learning.core.cohort.PreparationGate;
import eu.s3learning.core.progress.PhaseStatus;
import eu.s3learning.core.programme.CompletionMode;
import eu.s3learning.core.programme.PhaseKind;
import eu.s3learning.core.programme.types.FileType;
import eu.s3learning.core.programme.types.LinkType;
import eu.s3learning.core.programme.types.LiveSessionType;
import eu.s3learning.core.programme.types.PageType;
import eu.s3learning.core.scheduling.AttendanceStatus;
import eu.s3learning.core.scheduling.SeatStatus;
import eu.s3learning.core.scheduling.SessionMode;
import eu.s3learning.core.scheduling.SessionStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

    /** Every text a page names literally, and every text named after an enum constant, exists. */
    @Test
    void everyTextThePagesAndRefusalsNameExists() throws IOException {
        Properties en = load("messages_en.properties");
        Pattern literal = Pattern.compile("msg\\['([A-Za-z0-9_.-]+)'\\]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = literal.matcher(Files.readString(page));
                while (m.find()) {
                    if (!m.group(1).endsWith(".") && !en.containsKey(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        Map<String, Enum<?>[]> named = Map.of("enrolment.status.", EnrolmentStatus.values(), "journey.phase.", PhaseStatus.values(),
                "phase.", PhaseKind.values(), "seat.", SeatStatus.values(), "cohort.mode.", EnrolmentMode.values(),
                "cohort.gate.", PreparationGate.values(), "session.mode.", SessionMode.values(),
                "session.status.", SessionStatus.values(), "attendance.", AttendanceStatus.values(),
                "unit.completion.", CompletionMode.values());
        named.forEach((prefix, constants) -> {
            for (Enum<?> constant : constants) {
                if (!en.containsKey(prefix + constant.name())) {
                    missing.add(prefix + constant.name());
                }
            }
        });
        for (String type : List.of(PageType.CODE, FileType.CODE, LinkType.CODE, LiveSessionType.CODE)) {
            if (!en.containsKey("unit.type." + type)) {
                missing.add("unit.type." + type);
            }
        }
        assertEquals(List.of(), missing);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/eu/s3learning/web/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
