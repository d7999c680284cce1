-- Reminders and announcements that are sent when their time comes (a session soon, a phase
-- opening, a deadline near). One row per notice sent: the unique key makes sending idempotent,
-- so a restart or a second sweep never sends the same notice twice.

CREATE TABLE notice_sent (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(40)  NOT NULL,
    enrolment_id BIGINT       NOT NULL,
    reference    VARCHAR(100) NOT NULL,
    sent_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_notice_sent UNIQUE (kind, enrolment_id, reference),
    CONSTRAINT fk_notice_sent_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
