-- Keys and indexes, built once after the load (stack/db/load runs
-- indexes_a.sql and indexes_b.sql in two sessions at once, one per core;
-- two CREATE INDEX on one table do not block each other).
-- The guide's indexes are here without CONCURRENTLY: nothing else uses the
-- database while it loads. Composite (time, id) indexes serve keyset paging.
SET maintenance_work_mem = '512MB';
ALTER TABLE command_history ADD PRIMARY KEY (id, executed_at);
CREATE INDEX idx_command_history_session_id ON command_history (session_id);
CREATE INDEX idx_command_history_user_id_executed_at ON command_history (user_id, executed_at, id);
ALTER TABLE users ADD PRIMARY KEY (id);
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
CREATE INDEX idx_users_created_at_id ON users (created_at, id);
