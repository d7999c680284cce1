package eu.s3learning.core.programme;

/** When a phase counts as complete: all its required units, or at least N of its units. */
public enum PhaseCompletionRule {
    ALL_REQUIRED, AT_LEAST
}
