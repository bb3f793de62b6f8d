-- Second half of the post-load index build; see indexes_a.sql.
SET maintenance_work_mem = '512MB';
CREATE INDEX idx_command_history_executed_at ON command_history (executed_at);
CREATE INDEX idx_command_history_executed_at_id ON command_history (executed_at, id);
ALTER TABLE sessions ADD PRIMARY KEY (id);
CREATE INDEX idx_sessions_user_id ON sessions (user_id);
CREATE INDEX idx_sessions_sandbox_id ON sessions (sandbox_id);
CREATE INDEX idx_sessions_expires_at ON sessions (expires_at);
CREATE INDEX idx_sessions_created_at_id ON sessions (created_at, id);
ALTER TABLE sandboxes ADD PRIMARY KEY (id);
CREATE INDEX idx_sandboxes_user_id ON sandboxes (user_id);
CREATE INDEX idx_sandboxes_status ON sandboxes (status);
CREATE INDEX idx_sandboxes_last_accessed ON sandboxes (last_accessed);
CREATE INDEX idx_sandboxes_last_accessed_id ON sandboxes (last_accessed, id);
CREATE INDEX idx_sandboxes_created_at_id ON sandboxes (created_at, id);
ALTER TABLE file_versions ADD PRIMARY KEY (id);
CREATE INDEX idx_file_versions_sandbox_id ON file_versions (sandbox_id);
CREATE INDEX idx_file_versions_file_path ON file_versions (file_path);
CREATE INDEX idx_file_versions_created_at_id ON file_versions (created_at, id);
