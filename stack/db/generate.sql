-- Deterministic platform data: psql -v users=N -v pods=M, run in the same
-- transaction as schema.sql. Set-based only (INSERT ... SELECT over
-- generate_series); random() is seeded, and every statement scans its input
-- in a fixed order, so the same N and M give the same rows (timestamps are
-- relative to now(), which is fixed for the transaction).
--   users N, sandboxes N (M running), sessions 10N, command_history 100N,
--   file_versions ~4N, over the last ~6 months.

-- JIT compiles for ~0.3 s per statement on the row estimates of generate_series.
SET LOCAL jit = off;
SELECT setseed(0.4242);

-- Ids: a bijective integer mix of (kind, ordinal) printed as a uuid. md5()
-- would do too, but through OpenSSL 3 it costs ~3 us a call, which is most of
-- the load time at 1M sessions.
CREATE FUNCTION pg_temp.tid(kind bigint, i bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
  SELECT (to_hex(4611686018427387904 + (((i * 2654435761 + kind * 977) % 2147483648) << 31)
                                     + (i * 2246822519 + kind * 1031) % 2147483648)
       || to_hex(4611686018427387904 + (((i * 3266489917 + kind * 1109) % 2147483648) << 31)
                                     + (i * 668265263 + kind * 1213) % 2147483648))::uuid $$;


-- Word lists as immutable functions: the planner folds them into constants,
-- whereas arrays read from a table row would be detoasted for every row.
CREATE FUNCTION pg_temp.w_firsts() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['James','Mary','Robert','Patricia','John','Jennifer','Michael','Linda','David','Elizabeth',
        'William','Barbara','Richard','Susan','Joseph','Jessica','Thomas','Sarah','Carlos','Karen',
        'Wei','Aisha','Hiroshi','Fatima','Ivan','Sofia','Mateo','Priya','Lukas','Elena','Omar','Chloe',
        'Noah','Emma','Liam','Olivia','Arjun','Mei','Kofi','Ingrid']::text[] $$;
CREATE FUNCTION pg_temp.w_lasts() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez',
        'Hernandez','Lopez','Gonzalez','Wilson','Anderson','Taylor','Moore','Jackson','Martin','Lee',
        'Nguyen','Chen','Kim','Patel','Schmidt','Muller','Rossi','Silva','Tanaka','Kowalski','Novak',
        'Ivanova','Okafor','Haddad','Larsen','Dubois']::text[] $$;
CREATE FUNCTION pg_temp.w_domains() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['example.com','example.org','example.net','dev.example.com','corp.example','mail.example']::text[] $$;
CREATE FUNCTION pg_temp.w_plans() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['free','free','free','pro','pro','team','enterprise']::text[] $$;
CREATE FUNCTION pg_temp.w_images() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['terminalpp/sandbox-ubuntu:22.04','terminalpp/sandbox-python:3.11','terminalpp/sandbox-node:20',
        'terminalpp/sandbox-go:1.21','terminalpp/sandbox-rust:1.74','terminalpp/sandbox-java:17']::text[] $$;
CREATE FUNCTION pg_temp.w_commands() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['ls -la','cd src','git status','git pull','git log --oneline -n 20','git diff','git commit -m "wip"',
        'git push origin main','make','make test','npm install','npm run build','npm test','yarn dev',
        'python3 main.py','python3 -m pytest -q','pip install -r requirements.txt','cargo build --release',
        'cargo test','go build ./...','go test ./...','docker ps','kubectl get pods','cat README.md',
        'vim main.py','nano .env','top','htop','df -h','du -sh *','ps aux | grep python','curl -s localhost:8000/health',
        'grep -rn TODO .','find . -name "*.py"','tail -f app.log','ssh-keygen -t ed25519','echo $PATH',
        'export DEBUG=1','mkdir build','cd ..','pwd','whoami','clear','history | tail','tar czf out.tgz dist',
        'rm -rf node_modules','ls','cd ~','java -jar app.jar','mvn package','node index.js','psql -c "select 1"',
        'redis-cli ping','chmod +x run.sh','./run.sh','sudo apt update','uname -a','free -m','exit']::text[] $$;
CREATE FUNCTION pg_temp.w_agents() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['TerminalPlusPlus/2.4.1 (Linux x86_64)','TerminalPlusPlus/2.4.0 (Windows 11)','TerminalPlusPlus/2.3.7 (macOS 14)',
        'Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0','Mozilla/5.0 (Macintosh) Safari/17.1',
        'Mozilla/5.0 (Windows NT 10.0) Firefox/121.0']::text[] $$;
CREATE FUNCTION pg_temp.w_paths() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['src/main.py','README.md','src/app.js','package.json','Makefile','notes.txt','src/lib.rs',
        'main.go','config.yaml','Dockerfile','.bashrc','tests/test_app.py']::text[] $$;

-- User i owns sandbox i; the first :pods sandboxes are running (their ids
-- are mixed, so "first" is not visible in any order the console shows).
CREATE TEMP TABLE gen_users ON COMMIT DROP AS
SELECT i, pg_temp.tid(1, i) AS user_id, pg_temp.tid(2, i) AS sandbox_id
FROM generate_series(1, :users) AS i;
CREATE UNIQUE INDEX ON gen_users (i);
ANALYZE gen_users;

INSERT INTO users (id, email, name, plan, is_active, created_at, last_login_at)
SELECT user_id,
       lower(f) || '.' || lower(l) || i || '@' || (pg_temp.w_domains())[1 + i % cardinality(pg_temp.w_domains())],
       f || ' ' || l,
       (pg_temp.w_plans())[1 + floor(random() * cardinality(pg_temp.w_plans()))::int],
       random() > 0.04,
       now() - interval '180 days' - random() * interval '365 days',
       now() - random() ^ 3 * interval '180 days'
FROM (SELECT *, (pg_temp.w_firsts())[1 + floor(random() * cardinality(pg_temp.w_firsts()))::int] AS f,
                (pg_temp.w_lasts())[1 + floor(random() * cardinality(pg_temp.w_lasts()))::int] AS l
      FROM gen_users) AS n;

INSERT INTO sandboxes (id, user_id, status, image, node_name, cpu_limit_millicores,
                       memory_limit_mb, created_at, last_accessed)
SELECT sandbox_id, user_id,
       CASE WHEN i <= :pods THEN 'running'
            WHEN r < 0.70 THEN 'stopped'
            WHEN r < 0.92 THEN 'terminated'
            ELSE 'error' END,
       (pg_temp.w_images())[1 + floor(random() * cardinality(pg_temp.w_images()))::int],
       NULL,
       (ARRAY[500, 1000, 1000, 2000])[1 + floor(random() * 4)::int],
       (ARRAY[512, 1024, 2048, 4096])[1 + floor(random() * 4)::int],
       now() - interval '180 days' - random() * interval '30 days',
       CASE WHEN i <= :pods THEN now() - random() * interval '2 hours'
            ELSE now() - random() * interval '180 days' END
FROM (SELECT *, random() AS r FROM gen_users) AS x;

-- Sessions go through a temp table that keeps their ordinal, so that
-- command_history takes ids and times from it by a plain scan. 12 h idle
-- expiry over 180 days of sessions leaves ~0.3 % of them active.
CREATE TEMP TABLE gen_sessions ON COMMIT DROP AS
SELECT s, pg_temp.tid(3, s) AS id, u.user_id, u.sandbox_id, created_at,
       interval '2 minutes' + random() ^ 2 * interval '3 hours' AS dur
FROM (SELECT s, 1 + floor(random() * :users)::int AS ui,
             now() - random() * interval '180 days' AS created_at
      FROM generate_series(0, 10 * :users - 1) AS s) AS g
JOIN gen_users u ON u.i = g.ui;

INSERT INTO sessions (id, user_id, sandbox_id, created_at, expires_at, last_activity, ip_address, user_agent)
SELECT id, user_id, sandbox_id, created_at,
       least(created_at + dur, now()) + interval '12 hours',
       least(created_at + dur, now()),
       ('10.' || floor(random() * 256)::int || '.' || floor(random() * 256)::int || '.'
             || (1 + floor(random() * 254)::int))::inet,
       (pg_temp.w_agents())[1 + floor(random() * cardinality(pg_temp.w_agents()))::int]
FROM gen_sessions;

INSERT INTO command_history (id, session_id, sandbox_id, user_id, command, exit_code, duration_ms, executed_at)
SELECT id, session_id, sandbox_id, user_id,
       (pg_temp.w_commands())[1 + floor(random() * cardinality(pg_temp.w_commands()))::int],
       CASE WHEN r < 0.86 THEN 0 WHEN r < 0.94 THEN 1 WHEN r < 0.96 THEN 2
            WHEN r < 0.985 THEN 127 ELSE 130 END,
       (5 + random() ^ 4 * 60000)::int,
       executed_at
FROM (SELECT g.s * 10 + j + 1 AS id, g.id AS session_id, g.sandbox_id, g.user_id, random() AS r,
             least(g.created_at + g.dur * ((j + random()) / 10), now()) AS executed_at
      FROM gen_sessions g, generate_series(0, 9) AS j) AS c;
SELECT setval('command_history_id_seq', 10 * 10 * :users + 1, false);

-- Two files a sandbox with 1-3 versions each.
INSERT INTO file_versions (id, sandbox_id, file_path, version, size_bytes, content_hash, created_at)
SELECT row_number() OVER (), sandbox_id,
       (pg_temp.w_paths())[1 + (i * 7 + f * 5) % cardinality(pg_temp.w_paths())], v,
       (200 + random() ^ 2 * 200000)::bigint,
       replace(pg_temp.tid(4, k)::text || pg_temp.tid(5, k)::text, '-', ''),
       now() - interval '180 days' + (v + random()) * interval '30 days'
FROM (SELECT sandbox_id, i, f, v, i * 8 + f * 4 + v AS k
      FROM gen_users, generate_series(1, 2) AS f,
           LATERAL generate_series(1, 1 + (i + f) % 3) AS v
      OFFSET 0) AS fv;  -- OFFSET 0 keeps k a column, so tid() is inlined
SELECT setval('file_versions_id_seq', (SELECT coalesce(max(id), 0) + 1 FROM file_versions), false);
