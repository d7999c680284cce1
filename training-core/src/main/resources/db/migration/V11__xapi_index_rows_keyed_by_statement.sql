-- A statement's agent and activity index rows are keyed by (statement_seq, hash): a statement names each agent
-- and each activity once in its index (JdbcStatementStore.IndexRows). Before, each row went into three trees:
-- a hidden row id, the index its foreign key asked for (statement_seq), and the lookup index. Now the key is the
-- table's own order and serves the foreign key, so each row goes into two: a third fewer writes per index row,
-- and a statement's rows for one agent or activity are found by key, not through a second index.
-- The tables are built anew and filled from the old ones: the same SQL then does it on MariaDB and on H2, where
-- a foreign key's own index is named differently and would outlive a new primary key.
CREATE TABLE xapi_statement_agent_keyed (
    statement_seq BIGINT  NOT NULL,
    agent_hash    BIGINT  NOT NULL,
    related       BOOLEAN NOT NULL,
    verb_hash     BIGINT  NOT NULL,
    PRIMARY KEY (statement_seq, agent_hash),
    CONSTRAINT fk_xapi_statement_agent_statement FOREIGN KEY (statement_seq) REFERENCES xapi_statement (seq)
        ON DELETE CASCADE
);
INSERT INTO xapi_statement_agent_keyed (statement_seq, agent_hash, related, verb_hash)
    SELECT statement_seq, agent_hash, related, verb_hash FROM xapi_statement_agent;
DROP TABLE xapi_statement_agent;
ALTER TABLE xapi_statement_agent_keyed RENAME TO xapi_statement_agent;
CREATE INDEX ix_xapi_statement_agent ON xapi_statement_agent (agent_hash, related, verb_hash, statement_seq);

CREATE TABLE xapi_statement_activity_keyed (
    statement_seq BIGINT  NOT NULL,
    activity_hash BIGINT  NOT NULL,
    related       BOOLEAN NOT NULL,
    defined       BOOLEAN NOT NULL,
    verb_hash     BIGINT  NOT NULL,
    PRIMARY KEY (statement_seq, activity_hash),
    CONSTRAINT fk_xapi_statement_activity_statement FOREIGN KEY (statement_seq) REFERENCES xapi_statement (seq)
        ON DELETE CASCADE
);
INSERT INTO xapi_statement_activity_keyed (statement_seq, activity_hash, related, defined, verb_hash)
    SELECT statement_seq, activity_hash, related, defined, verb_hash FROM xapi_statement_activity;
DROP TABLE xapi_statement_activity;
ALTER TABLE xapi_statement_activity_keyed RENAME TO xapi_statement_activity;
CREATE INDEX ix_xapi_statement_activity ON xapi_statement_activity (activity_hash, related, verb_hash, statement_seq);
