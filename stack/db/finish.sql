-- Last step of the generator: attach the filled months as partitions of
-- command_history, add the next three (empty) months, define the parent's
-- indexes (they adopt the partitions' existing indexes instead of building
-- new ones) and sequence; then drop the scratch schema.
SELECT format('ALTER TABLE command_history ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', part, lo, hi)
FROM gen.months ORDER BY k \gexec
SELECT format('ALTER TABLE %I DROP CONSTRAINT %I', part, part || '_bounds')
FROM gen.months ORDER BY k \gexec
SELECT format('CREATE TABLE %I PARTITION OF command_history FOR VALUES FROM (%L) TO (%L)',
              to_char(m, '"command_history_y"YYYY"m"MM'), m, m + interval '1 month')
FROM generate_series(date_trunc('month', gen.ref()) + interval '1 month',
                     date_trunc('month', gen.ref()) + interval '3 months', interval '1 month') AS m \gexec

-- The guide's indexes on command_history plus (executed_at, id) for paging.
ALTER TABLE command_history ADD PRIMARY KEY (id, executed_at);
CREATE INDEX idx_command_history_session_id ON command_history (session_id);
CREATE INDEX idx_command_history_executed_at ON command_history (executed_at);
CREATE INDEX idx_command_history_executed_at_id ON command_history (executed_at, id);

SELECT setval('command_history_id_seq', 100 * gen.users() + 1, false);
SET client_min_messages = warning;
DROP SCHEMA gen CASCADE;
ANALYZE command_history;
