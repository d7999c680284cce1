-- The platform's Learning Record Store (xAPI 1.0.3): the clients allowed to use it, the
-- statements with the indexes its queries need, attachments, and the documents of the State,
-- Activity Profile and Agent Profile resources.
--
-- No table here has a unique key that two writers of different statements could both claim:
-- agents, verbs and activities shared by many statements are index rows of each statement, not
-- rows of their own, so concurrent batches never wait for or deadlock on each other.
-- IRIs and agent identifiers are indexed through a 64-bit hash (the first 8 bytes of their
-- SHA-256) and compared in full where they are kept; times are microseconds since the epoch (UTC).

CREATE TABLE lrs_client (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(120) NOT NULL,
    api_key       VARCHAR(64)  NOT NULL,
    secret_digest CHAR(64)     NOT NULL,
    scopes        VARCHAR(200) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    BIGINT,
    revoked_at    DATETIME(6),
    CONSTRAINT uq_lrs_client_key UNIQUE (api_key)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- seq is the storage order: "more" cursors and the default ordering follow it.
CREATE TABLE xapi_statement (
    seq            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    id             CHAR(36)     NOT NULL,
    stored_us      BIGINT       NOT NULL,
    verb_hash      BIGINT       NOT NULL,
    registration   CHAR(36),
    voids          CHAR(36),
    refers_to      CHAR(36),
    voided         BOOLEAN      NOT NULL DEFAULT FALSE,
    client_id      BIGINT,
    person_id      BIGINT,
    has_attachments BOOLEAN     NOT NULL DEFAULT FALSE,
    body           MEDIUMTEXT   NOT NULL,
    CONSTRAINT uq_xapi_statement_id UNIQUE (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_xapi_statement_verb ON xapi_statement (verb_hash, seq);
CREATE INDEX ix_xapi_statement_registration ON xapi_statement (registration, seq);
CREATE INDEX ix_xapi_statement_stored ON xapi_statement (stored_us);
CREATE INDEX ix_xapi_statement_voids ON xapi_statement (voids);
-- A statement whose object is a StatementRef also matches the filters its target matches.
CREATE INDEX ix_xapi_statement_refers_to ON xapi_statement (refers_to, seq);
CREATE INDEX ix_xapi_statement_person ON xapi_statement (person_id, seq);
CREATE INDEX ix_xapi_statement_client ON xapi_statement (client_id, seq);

-- Every agent or identified group a statement names. `related` is false for the actor and the
-- object (and the members of a group there), true for the authority, instructor, team and all
-- of a sub-statement: the agent parameter looks at the first, related_agents at all.
CREATE TABLE xapi_statement_agent (
    statement_seq BIGINT  NOT NULL,
    agent_hash    BIGINT  NOT NULL,
    related       BOOLEAN NOT NULL,
    CONSTRAINT fk_xapi_statement_agent FOREIGN KEY (statement_seq) REFERENCES xapi_statement (seq) ON DELETE CASCADE
);

CREATE INDEX ix_xapi_statement_agent ON xapi_statement_agent (agent_hash, related, statement_seq);

-- Every activity a statement names: the object (related false), context activities and a
-- sub-statement's (related true). `defined` marks those sent with a definition, where the
-- Activities resource finds the latest one.
CREATE TABLE xapi_statement_activity (
    statement_seq BIGINT  NOT NULL,
    activity_hash BIGINT  NOT NULL,
    related       BOOLEAN NOT NULL,
    defined       BOOLEAN NOT NULL,
    CONSTRAINT fk_xapi_statement_activity FOREIGN KEY (statement_seq) REFERENCES xapi_statement (seq) ON DELETE CASCADE
);

CREATE INDEX ix_xapi_statement_activity ON xapi_statement_activity (activity_hash, related, statement_seq);

-- Attachment contents sent with a statement, one row per statement and content: no shared row
-- that two statements with the same file would race for.
CREATE TABLE xapi_attachment (
    statement_seq BIGINT       NOT NULL,
    sha2          VARCHAR(128) NOT NULL,
    content_type  VARCHAR(255) NOT NULL,
    content       LONGBLOB     NOT NULL,
    CONSTRAINT fk_xapi_attachment_statement FOREIGN KEY (statement_seq) REFERENCES xapi_statement (seq) ON DELETE CASCADE
);

CREATE INDEX ix_xapi_attachment_statement ON xapi_attachment (statement_seq);

-- A document of the State (activity, agent, optional registration, stateId), Activity Profile
-- (activity, profileId) or Agent Profile (agent, profileId) resource. `address` is the SHA-256
-- of all that names it, so each document has one row; `etag` is the SHA-1 of its content.
CREATE TABLE xapi_document (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(20)   NOT NULL,
    address       CHAR(64)      NOT NULL,
    scope_hash    BIGINT        NOT NULL,
    document_id   VARCHAR(1000) NOT NULL,
    content_type  VARCHAR(255)  NOT NULL,
    content       LONGBLOB      NOT NULL,
    etag          CHAR(40)      NOT NULL,
    updated_us    BIGINT        NOT NULL,
    CONSTRAINT uq_xapi_document_address UNIQUE (address)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- scope_hash names the set a document belongs to (the state of one activity, agent and
-- registration; the profiles of one activity or agent): lists and deleting all states use it.
CREATE INDEX ix_xapi_document_scope ON xapi_document (scope_hash, updated_us);
