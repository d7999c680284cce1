-- People, their roles, single-use account tokens, role requests, the security audit log,
-- the outgoing mail queue, and the reference data (countries, thematic areas).
-- Runs unchanged on MariaDB and on H2 in MariaDB mode. Times are UTC DATETIME(6).

CREATE TABLE country (
    code         CHAR(2)      NOT NULL PRIMARY KEY,
    name_en      VARCHAR(100) NOT NULL,
    name_ro      VARCHAR(100) NOT NULL,
    partnership  BOOLEAN      NOT NULL,
    default_zone VARCHAR(64)  NOT NULL,
    sort_order   INT          NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE thematic_area (
    code       VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_en    VARCHAR(120) NOT NULL,
    name_ro    VARCHAR(120) NOT NULL,
    summary_en VARCHAR(500) NOT NULL,
    summary_ro VARCHAR(500) NOT NULL,
    sort_order INT          NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE person (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email               VARCHAR(254) NOT NULL,
    full_name           VARCHAR(120) NOT NULL,
    organisation        VARCHAR(200) NOT NULL,
    country_code        CHAR(2)      NOT NULL,
    language            VARCHAR(5)   NOT NULL,
    time_zone           VARCHAR(64)  NOT NULL,
    password_hash       VARCHAR(255) NOT NULL,
    status              VARCHAR(30)  NOT NULL,
    session_epoch       INT          NOT NULL DEFAULT 0,
    created_at          DATETIME(6)  NOT NULL,
    verified_at         DATETIME(6),
    privacy_accepted_at DATETIME(6),
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_person_email UNIQUE (email),
    CONSTRAINT fk_person_country FOREIGN KEY (country_code) REFERENCES country (code)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_person_full_name ON person (full_name);

CREATE TABLE person_role (
    person_id BIGINT      NOT NULL,
    role      VARCHAR(20) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_person_role_role ON person_role (role);

CREATE TABLE account_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id  BIGINT      NOT NULL,
    purpose    VARCHAR(20) NOT NULL,
    digest     CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6),
    CONSTRAINT uq_account_token_digest UNIQUE (digest),
    CONSTRAINT fk_account_token_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_account_token_person ON account_token (person_id, purpose);

CREATE TABLE role_request (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id      BIGINT        NOT NULL,
    requested_role VARCHAR(20)   NOT NULL,
    motivation     VARCHAR(1000) NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    decided_at     DATETIME(6),
    decided_by     BIGINT,
    decision_note  VARCHAR(1000),
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_role_request_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_role_request_status ON role_request (status);

CREATE TABLE security_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6)  NOT NULL,
    type           VARCHAR(40)  NOT NULL,
    subject_id     BIGINT,
    actor_id       BIGINT,
    email          VARCHAR(254),
    client_address VARCHAR(45),
    detail         VARCHAR(500)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_security_event_type ON security_event (type);
CREATE INDEX ix_security_event_email ON security_event (email);

CREATE TABLE outgoing_mail (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient       VARCHAR(254) NOT NULL,
    subject         VARCHAR(250) NOT NULL,
    body            TEXT         NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    next_attempt_at DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6),
    attempts        INT          NOT NULL DEFAULT 0,
    last_error      VARCHAR(500)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_outgoing_mail_due ON outgoing_mail (sent_at, next_attempt_at);

INSERT INTO country (code, name_en, name_ro, partnership, default_zone, sort_order) VALUES
    ('AL', 'Albania', 'Albania', TRUE, 'Europe/Tirane', 1),
    ('AT', 'Austria', 'Austria', TRUE, 'Europe/Vienna', 2),
    ('BG', 'Bulgaria', 'Bulgaria', TRUE, 'Europe/Sofia', 3),
    ('HR', 'Croatia', 'Croația', TRUE, 'Europe/Zagreb', 4),
    ('GR', 'Greece', 'Grecia', TRUE, 'Europe/Athens', 5),
    ('HU', 'Hungary', 'Ungaria', TRUE, 'Europe/Budapest', 6),
    ('IT', 'Italy', 'Italia', TRUE, 'Europe/Rome', 7),
    ('MD', 'Moldova', 'Republica Moldova', TRUE, 'Europe/Chisinau', 8),
    ('ME', 'Montenegro', 'Muntenegru', TRUE, 'Europe/Podgorica', 9),
    ('RO', 'Romania', 'România', TRUE, 'Europe/Bucharest', 10),
    ('RS', 'Serbia', 'Serbia', TRUE, 'Europe/Belgrade', 11),
    ('SI', 'Slovenia', 'Slovenia', TRUE, 'Europe/Ljubljana', 12),
    ('ZZ', 'Other country', 'Altă țară', FALSE, 'UTC', 99);

INSERT INTO thematic_area (code, name_en, name_ro, summary_en, summary_ro, sort_order) VALUES
    ('rd-innovation', 'R&D and innovation', 'Cercetare-dezvoltare și inovare',
     'Linking clusters with research organisations and innovation programmes.',
     'Legătura dintre clustere, organizațiile de cercetare și programele de inovare.', 1),
    ('sustainability', 'Sustainability', 'Sustenabilitate',
     'Cluster policies for a greener, resource-efficient regional economy.',
     'Politici de cluster pentru o economie regională mai verde și eficientă în resurse.', 2),
    ('international-cooperation', 'International cooperation and networks', 'Cooperare internațională și rețele',
     'Cross-border cluster cooperation and European networks.',
     'Cooperarea transfrontalieră a clusterelor și rețelele europene.', 3),
    ('financing', 'Financing', 'Finanțare',
     'Financial instruments, private co-financing and links with development programmes.',
     'Instrumente financiare, cofinanțare privată și legătura cu programele de dezvoltare.', 4),
    ('regional-specialisation', 'Regional specialisation', 'Specializare regională',
     'Finding and building on a region''s strengths: the core of smart specialisation.',
     'Identificarea și valorificarea punctelor forte ale unei regiuni: esența specializării inteligente.', 5),
    ('skills-jobs', 'Skills and jobs', 'Competențe și locuri de muncă',
     'Skills for specialised regional economies and the jobs they create.',
     'Competențe pentru economiile regionale specializate și locurile de muncă pe care le creează.', 6);
