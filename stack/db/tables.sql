-- The platform schema (contract in stack/README.md), tables only. Keys and
-- indexes are built after the rows are in (cheaper than per row). Run inside
-- the transaction that fills the tables: with wal_level=minimal the rows of
-- a table created in the loading transaction are written once, not also to
-- the WAL; the tables are ordinary logged tables from then on.

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
    id                   uuid        NOT NULL,
    user_id              uuid        NOT NULL,
    status               text        NOT NULL
        CHECK (status IN ('creating', 'running', 'stopped', 'terminated', 'error')),
    image                text        NOT NULL,
    node_name            text,
    cpu_limit_millicores integer     NOT NULL DEFAULT 1000,
    memory_limit_mb      integer     NOT NULL DEFAULT 1024,
    created_at           timestamptz NOT NULL DEFAULT now(),
    last_accessed        timestamptz
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
