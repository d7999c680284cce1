package eu.s3learning.core.cohort;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A cohort as a trainer plans it: windows in the cohort's own time zone, as they are typed.
 * {@link Cohort} checks the plan and turns the times into instants.
 */
public record CohortPlan(
        String name,
        String language,
        String timeZone,
        int capacity,
        EnrolmentMode enrolmentMode,
        PreparationGate preparationGate,
        LocalDateTime enrolmentCloses,
        LocalDateTime preparationOpens,
        LocalDateTime preparationCloses,
        LocalDate firstDay,
        LocalDate secondDay,
        LocalDateTime wrapUpOpens,
        LocalDateTime wrapUpCloses) {
}
