package eu.s3learning.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SessionNoticesTest {

    /** It runs at every start: a text missing from one language's mail bundle would stop the platform starting. */
    @Test
    void whatASeatsMailNeedsLoadsInEveryLanguageAndZone() {
        Instant now = Instant.parse("2026-12-03T08:00:00Z");
        for (String zone : new String[] {"Europe/Bucharest", "Europe/Lisbon", "UTC"}) {
            assertDoesNotThrow(() -> SessionNotices.loadWhatAMailNeeds(ZoneId.of(zone), now));
        }
    }
}
