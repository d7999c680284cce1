-- Forwarding the LRS's statements to external LRSs: the endpoints an administrator configures,
-- their delivery state, and the outbox, one row per statement and endpoint, written in the
-- transaction that stores the statement. Times are microseconds since the epoch (UTC), as in V6.
-- (Named V8: V7 is left to work that was under way beside this one.)

-- An external LRS. programme_id null: every statement; otherwise those that name the programme's
-- activity IRI (README, "Forwarding to other LRSs"). The secret is kept sealed with S3_SECRET_KEY
-- when one is configured ("aes-gcm:…"), else as given ("plain:…"); secret_hint is its last
-- characters, which the administration page shows instead of it.
CREATE TABLE external_lrs (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(120)  NOT NULL,
    endpoint      VARCHAR(500)  NOT NULL,
    api_key       VARCHAR(200)  NOT NULL,
    secret        VARCHAR(1000) NOT NULL,
    secret_hint   VARCHAR(8)    NOT NULL,
    programme_id  BIGINT,
    created_at    DATETIME(6)   NOT NULL,
    created_by    BIGINT,
    CONSTRAINT uq_external_lrs_name UNIQUE (name),
    CONSTRAINT fk_external_lrs_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- How delivery to an endpoint goes. Kept apart from external_lrs, whose row every statement
-- transaction holds a shared lock on through the outbox's foreign key: the senders update this
-- row after every request, and would otherwise wait for (and stall) the LRS's writers.
-- failures counts consecutive requests the endpoint did not answer usefully; it backs off until
-- retry_us. lag_alerted_us is set while a lag episode's alert has been sent, cleared when it ends.
CREATE TABLE external_lrs_status (
    endpoint_id       BIGINT       NOT NULL PRIMARY KEY,
    failures          INT          NOT NULL DEFAULT 0,
    retry_us          BIGINT,
    last_error        VARCHAR(500),
    last_error_us     BIGINT,
    delivered         BIGINT       NOT NULL DEFAULT 0,
    last_delivered_us BIGINT,
    lag_alerted_us    BIGINT,
    CONSTRAINT fk_external_lrs_status FOREIGN KEY (endpoint_id) REFERENCES external_lrs (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The outbox: a statement still to be delivered to an endpoint. A row is deleted once the
-- endpoint has the statement. due_us delays a row the endpoint refused; attempts counts those
-- refusals; send_alone marks a row that was in a refused batch, so it goes on its own next time.
-- A sender holds rows through lease_token until lease_until_us; a lease that runs out (the
-- sender died) frees them for another. dead_us is set when the row became a dead letter.
CREATE TABLE lrs_forward (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    endpoint_id    BIGINT       NOT NULL,
    statement_id   CHAR(36)     NOT NULL,
    queued_us      BIGINT       NOT NULL,
    due_us         BIGINT       NOT NULL,
    attempts       INT          NOT NULL DEFAULT 0,
    send_alone     BOOLEAN      NOT NULL DEFAULT FALSE,
    lease_token    CHAR(36),
    lease_until_us BIGINT,
    dead_us        BIGINT,
    last_error     VARCHAR(500),
    CONSTRAINT uq_lrs_forward UNIQUE (statement_id, endpoint_id),
    CONSTRAINT fk_lrs_forward_endpoint FOREIGN KEY (endpoint_id) REFERENCES external_lrs (id) ON DELETE CASCADE,
    CONSTRAINT fk_lrs_forward_statement FOREIGN KEY (statement_id) REFERENCES xapi_statement (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The senders' claim (an endpoint's live rows, oldest first) and the queue figures per endpoint.
CREATE INDEX ix_lrs_forward_queue ON lrs_forward (endpoint_id, dead_us, id);
CREATE INDEX ix_lrs_forward_lease ON lrs_forward (lease_token);
