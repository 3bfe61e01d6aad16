-- Optimistic locking of place edits: a form carries the version it was opened at, and a save from
-- a stale version is refused instead of overwriting someone else's change. Imports count as edits.
alter table place add column version integer not null default 0;
