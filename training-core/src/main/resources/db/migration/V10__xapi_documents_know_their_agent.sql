-- State and Agent Profile documents carry the 64-bit hash of their agent (IndexHash.identifying), so that
-- erasing a person finds every document kept for them: a State document's set names the activity, the agent
-- and the registration together, and its hash alone cannot be searched by agent. Documents written before this
-- migration have no agent_hash; agent profiles are still found by their set, states from then on.
ALTER TABLE xapi_document ADD COLUMN agent_hash BIGINT;
CREATE INDEX ix_xapi_document_agent ON xapi_document (agent_hash);
