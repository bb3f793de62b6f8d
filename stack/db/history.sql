-- command_history: partitioned by month of executed_at. Its monthly
-- partitions (command_history_y2024m01 in the guide's naming) are filled as
-- standalone tables by gen_month.sql and attached by finish.sql.
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
