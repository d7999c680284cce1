package eu.s3learning.core.scheduling;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * A live session as a trainer plans it. Times are wall-clock times at the venue (in person) or
 * in the cohort's zone (online).
 */
public record SessionPlan(long unitId, SessionMode mode, String title, LocalDateTime starts, LocalDateTime ends,
        Long roomId, String meetingUrl, int capacity, LocalDateTime signupDeadline, Set<Long> trainerIds) {
}
