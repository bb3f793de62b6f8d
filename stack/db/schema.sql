-- The platform schema (contract in stack/README.md). Tables only: keys,
-- foreign keys and indexes come in constraints.sql after the bulk load,
-- because building an index once is far cheaper than maintaining it per row.
-- Run in the same transaction as generate.sql: with wal_level=minimal the
-- rows of a table created in the loading transaction are not WAL-logged.

CREATE TABLE users (
    id            uuid        NOT NULL,
    email         text        NOT NULL,
    name          text        NOT NULL,
    plan          text        NOT NULL DEFAULT 'free',
    is_active     boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_login_at timestamptz
);

CREATE TABLE sandboxes (
    id                  uuid        NOT NULL,
    user_id             uuid        NOT NULL,
    status              text        NOT NULL
        CHECK (status IN ('creating', 'running', 'stopped', 'terminated', 'error')),
    image               text        NOT NULL,
    node_name           text,
    cpu_limit_millicores integer    NOT NULL DEFAULT 1000,
    memory_limit_mb     integer     NOT NULL DEFAULT 1024,
    created_at          timestamptz NOT NULL DEFAULT now(),
    last_accessed       timestamptz
);

CREATE TABLE sessions (
    id            uuid        NOT NULL,
    user_id       uuid        NOT NULL,
    sandbox_id    uuid,
    created_at    timestamptz NOT NULL DEFAULT now(),
    expires_at    timestamptz NOT NULL,
    last_activity timestamptz,
    ip_address    inet,
    user_agent    text
);

CREATE SEQUENCE command_history_id_seq;
CREATE TABLE command_history (
    id          bigint      NOT NULL DEFAULT nextval('command_history_id_seq'),
    session_id  uuid        NOT NULL,
    sandbox_id  uuid,
    user_id     uuid        NOT NULL,
    command     text        NOT NULL,
    exit_code   integer,
    duration_ms integer,
    executed_at timestamptz NOT NULL DEFAULT now()
) PARTITION BY RANGE (executed_at);
ALTER SEQUENCE command_history_id_seq OWNED BY command_history.id;

CREATE SEQUENCE file_versions_id_seq;
CREATE TABLE file_versions (
    id           bigint      NOT NULL DEFAULT nextval('file_versions_id_seq'),
    sandbox_id   uuid        NOT NULL,
    file_path    text        NOT NULL,
    version      integer     NOT NULL,
    size_bytes   bigint      NOT NULL,
    content_hash text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
ALTER SEQUENCE file_versions_id_seq OWNED BY file_versions.id;

-- One partition a month, named like the guide's command_history_y2024m01,
-- from the month of the oldest generated row through three months ahead so
-- that new rows (the simulator's churn, the console's tests) have a home.
SELECT format('CREATE TABLE %I PARTITION OF command_history FOR VALUES FROM (%L) TO (%L)',
              to_char(m, '"command_history_y"YYYY"m"MM'), m::date, (m + interval '1 month')::date)
FROM generate_series(date_trunc('month', now() - interval '200 days'),
                     date_trunc('month', now() + interval '3 months'),
                     interval '1 month') AS m
\gexec
