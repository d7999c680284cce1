package eu.s3learning.core.progress;

public enum UnitProgressStatus {
    STARTED, COMPLETED
}
