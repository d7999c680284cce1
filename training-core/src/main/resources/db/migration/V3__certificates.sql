-- Certificates of completion: one per enrolment, with a public code that anyone can verify,
-- revocable by a trainer of the cohort (the verification page then says so).

CREATE TABLE certificate (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    enrolment_id  BIGINT        NOT NULL,
    code          VARCHAR(20)   NOT NULL,
    issued_at     DATETIME(6)   NOT NULL,
    minutes       INT           NOT NULL,
    revoked_at    DATETIME(6),
    revoked_by    BIGINT,
    revoke_reason VARCHAR(1000),
    CONSTRAINT uq_certificate_enrolment UNIQUE (enrolment_id),
    CONSTRAINT uq_certificate_code UNIQUE (code),
    CONSTRAINT fk_certificate_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
