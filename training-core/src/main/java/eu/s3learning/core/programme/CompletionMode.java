package eu.s3learning.core.programme;

/** How a unit becomes complete for a learner. */
public enum CompletionMode {
    /** Opening the unit completes it. */
    VIEWED,
    /** The learner says they are done. */
    MARKED_DONE,
    /** A trainer marks the learner present (or late) at a live session of the unit. */
    ATTENDED,
    /** The content itself reports completion (a SCORM package, a cmi5 course, a quiz). */
    REPORTED
}
