package eu.s3learning.core.scheduling;

/** What a trainer records for a seated trainee; present and late complete the unit. */
public enum AttendanceStatus {
    PRESENT, LATE, ABSENT, EXCUSED;

    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
