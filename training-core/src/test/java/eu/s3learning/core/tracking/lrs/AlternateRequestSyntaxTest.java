package eu.s3learning.core.tracking.lrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlternateRequestSyntaxTest {

    private static LrsRequest post(Map<String, List<String>> query, String contentType, String form) {
        return new LrsRequest("/xapi", "POST", "statements", query, Map.of("Content-Type", contentType,
                "Authorization", "Basic real"), form.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void turnsTheFormBackIntoTheRequestItStandsFor() {
        LrsRequest unwrapped = AlternateRequestSyntax.unwrap(post(Map.of("method", List.of("PUT")),
                "application/x-www-form-urlencoded",
                "statementId=5b6a9f3e-4a1c-4c1e-9b7a-0a1b2c3d4e5f&X-Experience-API-Version=1.0.3"
                        + "&Authorization=Basic%20form&content=%7B%22a%22%3A1%7D"));

        assertEquals("PUT", unwrapped.method());
        assertEquals("5b6a9f3e-4a1c-4c1e-9b7a-0a1b2c3d4e5f", unwrapped.parameter("statementId"));
        assertEquals("1.0.3", unwrapped.header("x-experience-api-version"));
        assertEquals("Basic form", unwrapped.header("Authorization"), "form fields override real headers");
        assertEquals("application/json", unwrapped.header("Content-Type"), "content is JSON unless the form says");
        assertEquals("{\"a\":1}", unwrapped.bodyText());
    }

    @Test
    void leavesOrdinaryRequestsAlone() {
        LrsRequest plain = post(Map.of(), "application/json", "{}");
        assertSame(plain, AlternateRequestSyntax.unwrap(plain));
    }

    @Test
    void refusesExtraQueryParametersOtherMethodsAndOtherBodies() {
        assertEquals(400, assertThrows(LrsError.class, () -> AlternateRequestSyntax.unwrap(post(
                Map.of("method", List.of("PUT"), "statementId", List.of("x")), "application/x-www-form-urlencoded",
                "content=%7B%7D"))).status());
        assertEquals(400, assertThrows(LrsError.class, () -> AlternateRequestSyntax.unwrap(post(
                Map.of("method", List.of("PATCH")), "application/x-www-form-urlencoded", ""))).status());
        assertEquals(400, assertThrows(LrsError.class, () -> AlternateRequestSyntax.unwrap(post(
                Map.of("method", List.of("PUT")), "application/json", "{}"))).status());
        assertEquals(400, assertThrows(LrsError.class, () -> AlternateRequestSyntax.unwrap(post(
                Map.of("method", List.of("PUT")), "application/x-www-form-urlencoded", "a=1&a=2"))).status());
        assertEquals(400, assertThrows(LrsError.class, () -> AlternateRequestSyntax.unwrap(post(
                Map.of("method", List.of("PUT")), "application/x-www-form-urlencoded", "content=%zz"))).status());
    }
}
