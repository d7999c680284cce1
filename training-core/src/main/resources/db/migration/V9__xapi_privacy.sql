-- Erasure of a person's data on request (GDPR Art. 17), and what it needs to find that data.
-- (Named V9: V7 and V8 are left to work that was under way beside this one.)
--
-- The person row itself stays, emptied of who they were (status ERASED), so the foreign keys of
-- enrolments, attendance and progress hold and the cohorts' figures stay right. Their statements
-- are deleted from the platform's LRS, their learning events, mails, tokens and certificates too.
--
-- An erasure: who was erased, when, by which administrator, and how much was removed; no name,
-- address or text of the person. person_id is the number the person had on the platform, which
-- is also the account name of their statements in external LRSs (account_home_page is the
-- account's homePage at the time): what anyone following up there needs to name.
CREATE TABLE erasure (
    id                      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id               BIGINT        NOT NULL,
    account_home_page       VARCHAR(500)  NOT NULL,
    erased_at               DATETIME(6)   NOT NULL,
    erased_by               BIGINT        NOT NULL,
    enrolments_withdrawn    INT           NOT NULL,
    statements_deleted      INT           NOT NULL,
    learning_events_deleted INT           NOT NULL,
    certificates_deleted    INT           NOT NULL,
    mails_deleted           INT           NOT NULL,
    CONSTRAINT uq_erasure_person UNIQUE (person_id),
    CONSTRAINT fk_erasure_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_erasure_erased_at ON erasure (erased_at);

-- Where else the erasure must be carried out, as the features that passed the person's data on
-- say when they observe the erasure (e.g. kind 'external-lrs', target the external LRS's name):
-- an administrator follows each up and marks it done.
CREATE TABLE erasure_follow_up (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    erasure_id BIGINT       NOT NULL,
    kind       VARCHAR(40)  NOT NULL,
    target     VARCHAR(200) NOT NULL,
    done_at    DATETIME(6),
    done_by    BIGINT,
    CONSTRAINT fk_erasure_follow_up FOREIGN KEY (erasure_id) REFERENCES erasure (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_erasure_follow_up_erasure ON erasure_follow_up (erasure_id);

-- A person's own security events (their data export lists them, an erasure clears their address
-- and network address) and the mails sent to them are found by these.
CREATE INDEX ix_security_event_subject ON security_event (subject_id);
CREATE INDEX ix_security_event_actor ON security_event (actor_id);
CREATE INDEX ix_outgoing_mail_recipient ON outgoing_mail (recipient);
