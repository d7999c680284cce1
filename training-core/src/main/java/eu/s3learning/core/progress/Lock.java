package eu.s3learning.core.progress;

import java.time.Instant;

/**
 * Why a phase is locked, as a message key and, where the reason is a date, the moment it opens;
 * the screen says it in the trainee's language and zone.
 */
public record Lock(String reasonKey, Instant opensAt) {

    static Lock until(Instant opensAt) {
        return new Lock("journey.locked.notYetOpen", opensAt);
    }

    static Lock because(String reasonKey) {
        return new Lock(reasonKey, null);
    }
}
