-- Roles. Run as the owner/superuser (the "backend") after the load.
-- tpp_console gets what a real deployment would give an admin console:
-- it may connect and read the platform tables, and it may create objects
-- (its admin_audit table) in the schema named like the role, which is first
-- on the default search_path ("$user", public), so an unqualified
-- CREATE TABLE admin_audit lands there. It may not change platform rows.
-- tpp_monitor is the postgres-exporter's login (pg_monitor, nothing else).
REVOKE ALL ON DATABASE terminalpp FROM PUBLIC;
GRANT CONNECT ON DATABASE terminalpp TO tpp_console, tpp_monitor;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO tpp_console;
GRANT SELECT ON users, sandboxes, sessions, command_history, file_versions TO tpp_console;
-- Partitions added later (next months) are read through the parent, whose
-- grant covers them; new tables of the backend get the same read grant.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO tpp_console;
CREATE SCHEMA tpp_console;
GRANT USAGE, CREATE ON SCHEMA tpp_console TO tpp_console;
GRANT pg_monitor TO tpp_monitor;
