package eu.s3learning.core.roles;

public enum RoleRequestStatus {
    PENDING, APPROVED, REFUSED
}
