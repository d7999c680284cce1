package eu.s3learning.core.tracking.lrs.document;

/** The three document resources of xAPI. */
public enum DocumentKind {
    STATE,
    ACTIVITY_PROFILE,
    AGENT_PROFILE
}
