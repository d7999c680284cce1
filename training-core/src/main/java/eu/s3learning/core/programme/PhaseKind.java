package eu.s3learning.core.programme;

/** The three phases of the S3 training package, in the order a trainee goes through them. */
public enum PhaseKind {
    PREPARATION, FACE_TO_FACE, WRAP_UP
}
