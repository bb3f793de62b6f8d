-- Step 3 of the generator, once a month: psql -v k=K (gen.months.k), in one
-- transaction. The month's commands go into a standalone table created in
-- this transaction (no WAL for its rows with wal_level=minimal), get the
-- partition's indexes here, and finish.sql attaches table and indexes
-- without another scan (the CHECK constraint proves the bounds).
SET LOCAL jit = off;
SET LOCAL maintenance_work_mem = '256MB';
SELECT part, lo, hi, part || '_bounds' AS c_bounds, part || '_pkey' AS c_pkey,
       part || '_session_id_idx' AS i_session, part || '_executed_at_idx' AS i_executed,
       part || '_executed_at_id_idx' AS i_executed_id
FROM gen.months WHERE k = :k \gset
SELECT setseed(0.5 + :k / 1000.0);

-- Ten commands a session over its duration, all in the month the session
-- started in (the few sessions that run past midnight at a month's end have
-- their last commands held at the month's last microsecond); so each month's
-- step reads only its own sessions. Rows go in in id order, which is also
-- primary key and session_id order, so those indexes build from presorted
-- input. CREATE TABLE AS writes through the bulk-insert path, ~1 s a month
-- faster than INSERT ... SELECT; the columns then get the parent's NOT NULLs
-- and defaults, and a CHECK that proves the month's bounds, in one scan.
CREATE TABLE :"part" AS
SELECT g.s::bigint * 10 + j + 1 AS id, g.id AS session_id, g.sandbox_id, g.user_id,
       (gen.w_commands())[1 + floor(random() * cardinality(gen.w_commands()))::int] AS command,
       (gen.w_exit_codes())[1 + floor(random() * cardinality(gen.w_exit_codes()))::int] AS exit_code,
       (5 + random() ^ 4 * 60000)::int AS duration_ms,
       least(g.created_at + g.dur * ((j + ((g.s * 10 + j) * 2654435761 % 4294967296)::float8 / 4294967296) / 10),
             gen.ref(), :'hi'::timestamptz - interval '1 microsecond') AS executed_at
FROM (SELECT * FROM gen.sessions WHERE created_at >= :'lo' AND created_at < :'hi') AS g,  -- stored in s order
     LATERAL generate_series(0, 9 + 0 * g.s) AS j;  -- "+ 0 * g.s": sessions outer, so rows come in id order
ALTER TABLE :"part"
    ALTER id SET NOT NULL, ALTER session_id SET NOT NULL, ALTER user_id SET NOT NULL,
    ALTER command SET NOT NULL, ALTER executed_at SET NOT NULL,
    ALTER id SET DEFAULT nextval('command_history_id_seq'), ALTER executed_at SET DEFAULT now(),
    ADD CONSTRAINT :"c_bounds" CHECK (executed_at >= :'lo' AND executed_at < :'hi');

ALTER TABLE :"part" ADD CONSTRAINT :"c_pkey" PRIMARY KEY (id, executed_at);
CREATE INDEX :"i_session" ON :"part" (session_id);
CREATE INDEX :"i_executed" ON :"part" (executed_at);
CREATE INDEX :"i_executed_id" ON :"part" (executed_at, id);
