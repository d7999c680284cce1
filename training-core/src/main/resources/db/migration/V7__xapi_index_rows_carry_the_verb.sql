-- The agent and activity index rows carry the verb of their statement, and their indexes lead with it after
-- the agent or activity: a query by agent (or activity) and verb, such as "what did this learner complete",
-- then finds its statements in the index alone and reads only those. Before, it read every statement of the
-- agent from the statement table to look at its verb: with a million statements over 2,000 learners, 500
-- rows read at random to return 25 (bench/lrs-ingest, bench/lrs.md).

ALTER TABLE xapi_statement_agent ADD COLUMN verb_hash BIGINT NOT NULL DEFAULT 0;
UPDATE xapi_statement_agent SET verb_hash =
    (SELECT s.verb_hash FROM xapi_statement s WHERE s.seq = xapi_statement_agent.statement_seq);
ALTER TABLE xapi_statement_agent ALTER COLUMN verb_hash DROP DEFAULT;
ALTER TABLE xapi_statement_agent DROP INDEX ix_xapi_statement_agent;
CREATE INDEX ix_xapi_statement_agent ON xapi_statement_agent (agent_hash, related, verb_hash, statement_seq);

ALTER TABLE xapi_statement_activity ADD COLUMN verb_hash BIGINT NOT NULL DEFAULT 0;
UPDATE xapi_statement_activity SET verb_hash =
    (SELECT s.verb_hash FROM xapi_statement s WHERE s.seq = xapi_statement_activity.statement_seq);
ALTER TABLE xapi_statement_activity ALTER COLUMN verb_hash DROP DEFAULT;
ALTER TABLE xapi_statement_activity DROP INDEX ix_xapi_statement_activity;
CREATE INDEX ix_xapi_statement_activity ON xapi_statement_activity (activity_hash, related, verb_hash, statement_seq);
