-- Step 2 of the generator: users, sandboxes, sessions, file_versions, their
-- keys, indexes and statistics, in one transaction (see tables.sql for why).
\ir tables.sql
SET LOCAL jit = off;
SET LOCAL maintenance_work_mem = '256MB';
SELECT setseed(0.4243);

INSERT INTO users (id, email, name, plan, is_active, created_at, last_login_at)
SELECT user_id,
       lower(f) || '.' || lower(l) || i || '@' || (gen.w_domains())[1 + i % cardinality(gen.w_domains())],
       f || ' ' || l,
       (gen.w_plans())[1 + floor(random() * cardinality(gen.w_plans()))::int],
       random() > 0.04,
       gen.ref() - interval '180 days' - random() * interval '365 days',
       gen.ref() - random() ^ 3 * interval '180 days'
FROM (SELECT *, (gen.w_firsts())[1 + floor(random() * cardinality(gen.w_firsts()))::int] AS f,
                (gen.w_lasts())[1 + floor(random() * cardinality(gen.w_lasts()))::int] AS l
      FROM gen.users ORDER BY i) AS n;

INSERT INTO sandboxes (id, user_id, status, image, node_name, cpu_limit_millicores,
                       memory_limit_mb, created_at, last_accessed)
SELECT sandbox_id, user_id,
       CASE WHEN i <= gen.pods() THEN 'running'
            WHEN r < 0.70 THEN 'stopped'
            WHEN r < 0.92 THEN 'terminated'
            ELSE 'error' END,
       (gen.w_images())[1 + floor(random() * cardinality(gen.w_images()))::int],
       NULL,
       (ARRAY[500, 1000, 1000, 2000])[1 + floor(random() * 4)::int],
       (ARRAY[512, 1024, 2048, 4096])[1 + floor(random() * 4)::int],
       gen.ref() - interval '180 days' - random() * interval '30 days',
       CASE WHEN i <= gen.pods() THEN gen.ref() - random() * interval '2 hours'
            ELSE gen.ref() - random() * interval '180 days' END
FROM (SELECT *, random() AS r FROM gen.users ORDER BY i) AS x;

-- 12 h idle expiry over 180 days of sessions leaves ~0.3 % of them active.
INSERT INTO sessions (id, user_id, sandbox_id, created_at, expires_at, last_activity, ip_address, user_agent)
SELECT id, user_id, sandbox_id, created_at,
       least(created_at + dur, gen.ref()) + interval '12 hours',
       least(created_at + dur, gen.ref()),
       inet '10.0.0.1' + floor(random() * 16777214)::bigint,
       (gen.w_agents())[1 + floor(random() * cardinality(gen.w_agents()))::int]
FROM (SELECT * FROM gen.sessions ORDER BY s) AS g;

-- Two files a sandbox, 1-3 versions each.
INSERT INTO file_versions (id, sandbox_id, file_path, version, size_bytes, content_hash, created_at)
SELECT k, sandbox_id,
       (gen.w_paths())[1 + (i * 7 + f * 5) % cardinality(gen.w_paths())], v,
       (200 + random() ^ 2 * 200000)::bigint,
       encode(int8send(k * 2654435761) || int8send(k * 2246822519 + 7) || int8send(k * 3266489917 + 11)
              || int8send(k * 668265263 + 13), 'hex'),  -- a sha256-sized hex digest
       gen.ref() - interval '180 days' + (v + random()) * interval '30 days'
FROM (SELECT sandbox_id, i, f, v, i * 8 + f * 4 + v AS k
      FROM (SELECT sandbox_id, i::bigint AS i FROM gen.users) AS u, generate_series(1, 2) AS f,
           LATERAL generate_series(1, 1 + (i + f) % 3) AS v
      ORDER BY i, f, v
      ) AS fv;
SELECT setval('file_versions_id_seq', (SELECT coalesce(max(id), 0) + 1 FROM file_versions), false);

-- The guide's indexes (without CONCURRENTLY: nothing uses the database yet)
-- and composite (time, id) indexes for keyset paging.
ALTER TABLE users ADD PRIMARY KEY (id);
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
CREATE INDEX idx_users_created_at_id ON users (created_at, id);
ALTER TABLE sandboxes ADD PRIMARY KEY (id);
CREATE INDEX idx_sandboxes_user_id ON sandboxes (user_id);
CREATE INDEX idx_sandboxes_status ON sandboxes (status);
CREATE INDEX idx_sandboxes_last_accessed ON sandboxes (last_accessed);
CREATE INDEX idx_sandboxes_last_accessed_id ON sandboxes (last_accessed, id);
CREATE INDEX idx_sandboxes_created_at_id ON sandboxes (created_at, id);
ALTER TABLE sessions ADD PRIMARY KEY (id);
CREATE INDEX idx_sessions_user_id ON sessions (user_id);
CREATE INDEX idx_sessions_sandbox_id ON sessions (sandbox_id);
CREATE INDEX idx_sessions_expires_at ON sessions (expires_at);
CREATE INDEX idx_sessions_created_at_id ON sessions (created_at, id);
ALTER TABLE file_versions ADD PRIMARY KEY (id);
CREATE INDEX idx_file_versions_sandbox_id ON file_versions (sandbox_id);
CREATE INDEX idx_file_versions_file_path ON file_versions (file_path);
CREATE INDEX idx_file_versions_created_at_id ON file_versions (created_at, id);

ALTER TABLE sandboxes ADD CONSTRAINT sandboxes_user_id_fkey
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE sessions ADD CONSTRAINT sessions_user_id_fkey
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE sessions ADD CONSTRAINT sessions_sandbox_id_fkey
    FOREIGN KEY (sandbox_id) REFERENCES sandboxes (id) ON DELETE SET NULL;
ALTER TABLE file_versions ADD CONSTRAINT file_versions_sandbox_id_fkey
    FOREIGN KEY (sandbox_id) REFERENCES sandboxes (id) ON DELETE CASCADE;
ANALYZE users;
ANALYZE sandboxes;
ANALYZE sessions;
ANALYZE file_versions;
