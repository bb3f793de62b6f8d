-- Step 1 of the deterministic data generator (stack/db/load runs the steps):
-- the command_history parent, and a scratch schema "gen" (dropped by
-- finish.sql) holding the ordinals and ids every later step derives its rows
-- from, so that the steps can run in parallel sessions and still agree.
-- psql -v users=N -v pods=M, in one transaction. Set-based only.
--   users N, sandboxes N (M running), sessions 10N, command_history 100N,
--   file_versions ~4N, over the last ~6 months.
\ir history.sql

CREATE SCHEMA gen;
SET LOCAL jit = off;   -- JIT compiles for ~0.3 s on generate_series row estimates
SELECT setseed(0.4242);

-- One reference time for all steps (each runs in its own transaction, whose
-- now() differs): the data is relative to the moment the load started.
SELECT format('CREATE FUNCTION gen.ref() RETURNS timestamptz LANGUAGE sql IMMUTABLE AS %L',
              format('SELECT %L::timestamptz', date_trunc('milliseconds', now()))),
       format('CREATE FUNCTION gen.ref_ms() RETURNS bigint LANGUAGE sql IMMUTABLE AS %L',
              format('SELECT %s::bigint', (extract(epoch FROM date_trunc('milliseconds', now())) * 1000)::bigint)) \gexec
SELECT format('CREATE FUNCTION gen.users() RETURNS int LANGUAGE sql IMMUTABLE AS %L', 'SELECT ' || :users),
       format('CREATE FUNCTION gen.pods() RETURNS int LANGUAGE sql IMMUTABLE AS %L', 'SELECT ' || least(:pods, :users)) \gexec

-- Ids: a bijective integer mix of (kind, ordinal) printed as a uuid. md5()
-- would do too, but through OpenSSL 3 it costs ~3 us a call, most of the
-- load time at a million sessions. (stack/up computes the same in Python.)
CREATE FUNCTION gen.tid(kind bigint, i bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(int8send(4611686018427387904 + (((i * 2654435761 + kind * 1234567891) % 2147483648) << 31)
                                             + (i * 2246822519 + kind * 987654323) % 2147483648)
             || int8send(4611686018427387904 + (((i * 3266489917 + kind * 1122334457) % 2147483648) << 31)
                                             + (i * 668265263 + kind * 998877661) % 2147483648), 'hex')::uuid $$;

-- Word lists as immutable functions: the planner folds them into constants,
-- whereas arrays read from a table row would be detoasted for every row.
CREATE FUNCTION gen.w_firsts() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['James','Mary','Robert','Patricia','John','Jennifer','Michael','Linda','David','Elizabeth',
        'William','Barbara','Richard','Susan','Joseph','Jessica','Thomas','Sarah','Carlos','Karen',
        'Wei','Aisha','Hiroshi','Fatima','Ivan','Sofia','Mateo','Priya','Lukas','Elena','Omar','Chloe',
        'Noah','Emma','Liam','Olivia','Arjun','Mei','Kofi','Ingrid']::text[] $$;
CREATE FUNCTION gen.w_lasts() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez',
        'Hernandez','Lopez','Gonzalez','Wilson','Anderson','Taylor','Moore','Jackson','Martin','Lee',
        'Nguyen','Chen','Kim','Patel','Schmidt','Muller','Rossi','Silva','Tanaka','Kowalski','Novak',
        'Ivanova','Okafor','Haddad','Larsen','Dubois']::text[] $$;
CREATE FUNCTION gen.w_domains() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['example.com','example.org','example.net','dev.example.com','corp.example','mail.example']::text[] $$;
CREATE FUNCTION gen.w_plans() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['free','free','free','pro','pro','team','enterprise']::text[] $$;
CREATE FUNCTION gen.w_images() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['terminalpp/sandbox-ubuntu:22.04','terminalpp/sandbox-python:3.11','terminalpp/sandbox-node:20',
        'terminalpp/sandbox-go:1.21','terminalpp/sandbox-rust:1.74','terminalpp/sandbox-java:17']::text[] $$;
CREATE FUNCTION gen.w_commands() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['ls -la','cd src','git status','git pull','git log --oneline -n 20','git diff','git commit -m "wip"',
        'git push origin main','make','make test','npm install','npm run build','npm test','yarn dev',
        'python3 main.py','python3 -m pytest -q','pip install -r requirements.txt','cargo build --release',
        'cargo test','go build ./...','go test ./...','docker ps','kubectl get pods','cat README.md',
        'vim main.py','nano .env','top','htop','df -h','du -sh *','ps aux | grep python','curl -s localhost:8000/health',
        'grep -rn TODO .','find . -name "*.py"','tail -f app.log','ssh-keygen -t ed25519','echo $PATH',
        'export DEBUG=1','mkdir build','cd ..','pwd','whoami','clear','history | tail','tar czf out.tgz dist',
        'rm -rf node_modules','ls','cd ~','java -jar app.jar','mvn package','node index.js','psql -c "select 1"',
        'redis-cli ping','chmod +x run.sh','./run.sh','sudo apt update','uname -a','free -m','exit']::text[] $$;
CREATE FUNCTION gen.w_agents() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['TerminalPlusPlus/2.4.1 (Linux x86_64)','TerminalPlusPlus/2.4.0 (Windows 11)','TerminalPlusPlus/2.3.7 (macOS 14)',
        'Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0','Mozilla/5.0 (Macintosh) Safari/17.1',
        'Mozilla/5.0 (Windows NT 10.0) Firefox/121.0']::text[] $$;
CREATE FUNCTION gen.w_paths() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['src/main.py','README.md','src/app.js','package.json','Makefile','notes.txt','src/lib.rs',
        'main.go','config.yaml','Dockerfile','.bashrc','tests/test_app.py']::text[] $$;

-- Exit codes by frequency: 86 % success, then failures, 127 not found, 130 ^C.
CREATE FUNCTION gen.w_exit_codes() RETURNS int[] LANGUAGE sql IMMUTABLE AS $$
  SELECT array_fill(0, ARRAY[86]) || array_fill(1, ARRAY[8]) || ARRAY[2, 2, 127, 127, 127, 130] $$;

-- User i owns sandbox i; sandboxes 1..pods are running.
CREATE UNLOGGED TABLE gen.users AS
SELECT i, gen.tid(1, i) AS user_id, gen.tid(2, i) AS sandbox_id
FROM generate_series(1, :users) AS i;
CREATE UNIQUE INDEX ON gen.users (i);
ANALYZE gen.users;

-- Sessions, numbered in order of their start (evenly spread over 180 days
-- with jitter), so that command ids (session * 10 + n) grow with time like
-- a serial id. Session ids are time-ordered (UUIDv7 layout: the start in ms,
-- then mixed bits), as a modern backend would make them; rows inserted in
-- session order then arrive presorted for every session_id index.
CREATE UNLOGGED TABLE gen.sessions AS
SELECT b.s,
       encode(int8send((ms << 16) | 28672 | (b.s * 2654435761 % 4096))
              || int8send(-9223372036854775808 | (b.s * 2246822519 % 4611686018427387904)), 'hex')::uuid AS id,
       u.user_id, u.sandbox_id, to_timestamp(ms / 1000.0::float8) AS created_at, b.dur
FROM (SELECT s, 1 + floor(random() * :users)::int AS ui,
             gen.ref_ms() - 15552000000 + ((s + 0.5 * random()) * (15552000000.0::float8 / (10 * :users)))::bigint AS ms,
             interval '2 minutes' + random() ^ 2 * interval '3 hours' AS dur
      FROM generate_series(0, 10 * :users - 1) AS s
      OFFSET 0) AS b   -- OFFSET 0 keeps ms a plain column, computed once
JOIN gen.users u ON u.i = b.ui;
-- Sessions still going on have lasted until now so far.
UPDATE gen.sessions SET dur = gen.ref() - created_at WHERE created_at + dur > gen.ref();
ANALYZE gen.sessions;

-- The months that hold rows, biggest first (the loader hands them out in
-- this order to its two sessions).
CREATE UNLOGGED TABLE gen.months AS
SELECT row_number() OVER (ORDER BY m) AS k, m AS lo, m + interval '1 month' AS hi,
       to_char(m, '"command_history_y"YYYY"m"MM') AS part
FROM generate_series(date_trunc('month', gen.ref() - interval '180 days'),
                     date_trunc('month', gen.ref()), interval '1 month') AS m;
