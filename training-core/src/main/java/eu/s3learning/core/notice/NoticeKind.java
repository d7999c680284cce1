package eu.s3learning.core.notice;

/** The notices sent when their time comes. */
public enum NoticeKind {
    SESSION_REMINDER, PHASE_OPENING, DEADLINE_REMINDER
}
