package eu.s3learning.core.cohort;

/** How trainees get into a cohort. Trainers can always add trainees by invitation or import. */
public enum EnrolmentMode {
    /** Anyone signed in enrols themselves while places and time remain. */
    OPEN,
    /** Trainees ask; a trainer of the cohort approves or refuses. */
    APPROVAL,
    /** Only people invited by a trainer (by e-mail link or import). */
    INVITATION
}
