-- Invitations to join a cohort, sent by its trainers to an e-mail address: the link carries a
-- secret kept here only as its digest; single use; it expires.

CREATE TABLE cohort_invitation (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cohort_id   BIGINT       NOT NULL,
    email       VARCHAR(254) NOT NULL,
    digest      CHAR(64)     NOT NULL,
    invited_by  BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    accepted_at DATETIME(6),
    CONSTRAINT uq_cohort_invitation_digest UNIQUE (digest),
    CONSTRAINT fk_cohort_invitation_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_cohort_invitation_email ON cohort_invitation (cohort_id, email);
