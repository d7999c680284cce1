package eu.s3learning.core.scheduling;

/** What a live session belongs to: its cohort and the programme unit it is a day of. */
public record SessionOwner(long cohortId, Long unitId) {
}
