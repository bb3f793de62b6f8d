-- After both index halves: a foreign key needs the referenced primary key.
ALTER TABLE sandboxes ADD CONSTRAINT sandboxes_user_id_fkey
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE sessions ADD CONSTRAINT sessions_user_id_fkey
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE sessions ADD CONSTRAINT sessions_sandbox_id_fkey
    FOREIGN KEY (sandbox_id) REFERENCES sandboxes (id) ON DELETE SET NULL;
ALTER TABLE file_versions ADD CONSTRAINT file_versions_sandbox_id_fkey
    FOREIGN KEY (sandbox_id) REFERENCES sandboxes (id) ON DELETE CASCADE;
