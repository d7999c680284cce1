package eu.s3learning.core.cohort;

/** The moments of a cohort's calendar that something can be timed on. */
public enum CohortMoment {
    PREPARATION_OPENS("preparationOpensAt"),
    PREPARATION_CLOSES("preparationClosesAt"),
    WRAP_UP_OPENS("wrapUpOpensAt"),
    WRAP_UP_CLOSES("wrapUpClosesAt");

    private final String field;

    CohortMoment(String field) {
        this.field = field;
    }

    String field() {
        return field;
    }
}
