-- The blended programme: programmes with their three phases, modules and units; cohorts
-- (one run of a programme) and enrolments; venues, rooms and live sessions (face-to-face or
-- online) with seats, waitlists and attendance; per-unit progress; the learning events that
-- the xAPI tracking turns into statements.
-- Runs unchanged on MariaDB and on H2 in MariaDB mode. Times are UTC DATETIME(6).

CREATE TABLE programme (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title       VARCHAR(200)  NOT NULL,
    summary     VARCHAR(2000) NOT NULL,
    language    VARCHAR(5)    NOT NULL,
    created_by  BIGINT,
    created_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE programme_phase (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    programme_id    BIGINT       NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    title           VARCHAR(200) NOT NULL,
    completion_rule VARCHAR(20)  NOT NULL,
    required_count  INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_programme_phase_kind UNIQUE (programme_id, kind),
    CONSTRAINT fk_programme_phase_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE course_module (
    id       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    phase_id BIGINT        NOT NULL,
    position INT           NOT NULL,
    title    VARCHAR(200)  NOT NULL,
    summary  VARCHAR(2000) NOT NULL,
    CONSTRAINT fk_course_module_phase FOREIGN KEY (phase_id) REFERENCES programme_phase (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_course_module_phase ON course_module (phase_id, position);

-- One row per unit whatever its type; a type keeps what is its own in `content` (a page's
-- sanitised HTML, a link's address) or in tables of its own keyed by the unit's id.
CREATE TABLE unit (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    module_id        BIGINT       NOT NULL,
    position         INT          NOT NULL,
    type             VARCHAR(40)  NOT NULL,
    title            VARCHAR(200) NOT NULL,
    required         BOOLEAN      NOT NULL,
    completion       VARCHAR(20)  NOT NULL,
    duration_minutes INT          NOT NULL DEFAULT 0,
    content          MEDIUMTEXT,
    CONSTRAINT fk_unit_module FOREIGN KEY (module_id) REFERENCES course_module (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_unit_module ON unit (module_id, position);

CREATE TABLE unit_file (
    unit_id      BIGINT       NOT NULL PRIMARY KEY,
    file_name    VARCHAR(255) NOT NULL,
    media_type   VARCHAR(120) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    CONSTRAINT fk_unit_file_unit FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cohort (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    programme_id          BIGINT       NOT NULL,
    name                  VARCHAR(200) NOT NULL,
    language              VARCHAR(5)   NOT NULL,
    time_zone             VARCHAR(64)  NOT NULL,
    capacity              INT          NOT NULL,
    enrolment_mode        VARCHAR(20)  NOT NULL,
    enrolment_closes_at   DATETIME(6)  NOT NULL,
    preparation_opens_at  DATETIME(6)  NOT NULL,
    preparation_closes_at DATETIME(6)  NOT NULL,
    first_day             DATE         NOT NULL,
    second_day            DATE         NOT NULL,
    wrap_up_opens_at      DATETIME(6)  NOT NULL,
    wrap_up_closes_at     DATETIME(6)  NOT NULL,
    preparation_gate      VARCHAR(20)  NOT NULL,
    created_at            DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_cohort_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cohort_trainer (
    cohort_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (cohort_id, person_id),
    CONSTRAINT fk_cohort_trainer_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_cohort_trainer_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_cohort_trainer_person ON cohort_trainer (person_id);

CREATE TABLE enrolment (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cohort_id         BIGINT        NOT NULL,
    person_id         BIGINT        NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    requested_at      DATETIME(6)   NOT NULL,
    enrolled_at       DATETIME(6),
    ended_at          DATETIME(6),
    ended_by          BIGINT,
    end_reason        VARCHAR(1000),
    wrap_up_override  VARCHAR(1000),
    wrap_up_override_by BIGINT,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_enrolment_person UNIQUE (cohort_id, person_id),
    CONSTRAINT fk_enrolment_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_enrolment_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_enrolment_status ON enrolment (cohort_id, status, requested_at);
CREATE INDEX ix_enrolment_person ON enrolment (person_id);

CREATE TABLE unit_progress (
    enrolment_id BIGINT      NOT NULL,
    unit_id      BIGINT      NOT NULL,
    status       VARCHAR(20) NOT NULL,
    first_seen_at DATETIME(6),
    completed_at DATETIME(6),
    PRIMARY KEY (enrolment_id, unit_id),
    CONSTRAINT fk_unit_progress_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE,
    CONSTRAINT fk_unit_progress_unit FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE venue (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                VARCHAR(200)  NOT NULL,
    address             VARCHAR(500)  NOT NULL,
    map_url             VARCHAR(1000),
    accessibility_notes VARCHAR(2000) NOT NULL,
    time_zone           VARCHAR(64)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE room (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    venue_id BIGINT       NOT NULL,
    name     VARCHAR(200) NOT NULL,
    capacity INT          NOT NULL,
    CONSTRAINT fk_room_venue FOREIGN KEY (venue_id) REFERENCES venue (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE live_session (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cohort_id         BIGINT        NOT NULL,
    unit_id           BIGINT        NOT NULL,
    mode              VARCHAR(20)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    starts_at         DATETIME(6)   NOT NULL,
    ends_at           DATETIME(6)   NOT NULL,
    time_zone         VARCHAR(64)   NOT NULL,
    room_id           BIGINT,
    meeting_url       VARCHAR(1000),
    capacity          INT           NOT NULL,
    signup_deadline   DATETIME(6)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    cancel_reason     VARCHAR(1000),
    calendar_uid      VARCHAR(100)  NOT NULL,
    calendar_sequence INT           NOT NULL DEFAULT 0,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_live_session_uid UNIQUE (calendar_uid),
    CONSTRAINT fk_live_session_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_live_session_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_live_session_room FOREIGN KEY (room_id) REFERENCES room (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_live_session_cohort ON live_session (cohort_id, starts_at);
CREATE INDEX ix_live_session_room ON live_session (room_id, starts_at);

CREATE TABLE live_session_trainer (
    session_id BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    PRIMARY KEY (session_id, person_id),
    CONSTRAINT fk_live_session_trainer_session FOREIGN KEY (session_id) REFERENCES live_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_live_session_trainer_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_live_session_trainer_person ON live_session_trainer (person_id);

-- A trainee's place in a session: seated, or waiting in arrival order (requested_at, id).
CREATE TABLE session_seat (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id   BIGINT      NOT NULL,
    enrolment_id BIGINT      NOT NULL,
    status       VARCHAR(20) NOT NULL,
    requested_at DATETIME(6) NOT NULL,
    seated_at    DATETIME(6),
    ended_at     DATETIME(6),
    CONSTRAINT uq_session_seat UNIQUE (session_id, enrolment_id),
    CONSTRAINT fk_session_seat_session FOREIGN KEY (session_id) REFERENCES live_session (id),
    CONSTRAINT fk_session_seat_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_session_seat_status ON session_seat (session_id, status, requested_at);
CREATE INDEX ix_session_seat_enrolment ON session_seat (enrolment_id, status);

CREATE TABLE attendance (
    session_id   BIGINT      NOT NULL,
    enrolment_id BIGINT      NOT NULL,
    status       VARCHAR(20) NOT NULL,
    marked_by    BIGINT      NOT NULL,
    marked_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (session_id, enrolment_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES live_session (id),
    CONSTRAINT fk_attendance_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What happened in a learner's journey, written in the transaction of the change itself; the
-- xAPI tracking turns each row into a statement, and the trainer's audit trail reads it.
CREATE TABLE learning_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)   NOT NULL,
    type         VARCHAR(40)   NOT NULL,
    person_id    BIGINT        NOT NULL,
    actor_id     BIGINT,
    cohort_id    BIGINT,
    enrolment_id BIGINT,
    unit_id      BIGINT,
    session_id   BIGINT,
    detail       VARCHAR(1000)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_learning_event_person ON learning_event (person_id, id);
CREATE INDEX ix_learning_event_cohort ON learning_event (cohort_id, id);

-- A calendar invitation, update or cancellation travelling with a mail (RFC 5545 text).
ALTER TABLE outgoing_mail ADD COLUMN calendar MEDIUMTEXT;

-- A person's personal calendar feed: the secret in the feed's address, kept only as a digest.
CREATE TABLE calendar_feed (
    person_id  BIGINT      NOT NULL PRIMARY KEY,
    digest     CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_calendar_feed_digest UNIQUE (digest),
    CONSTRAINT fk_calendar_feed_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
