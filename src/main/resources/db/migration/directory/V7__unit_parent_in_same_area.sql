-- An entry may be part of another entry (a function within a unit, a team within a unit) of the
-- same area. The composite key keeps a parent in the child's area; removing the parent makes its
-- parts stand alone (only parent_id is set to null, PostgreSQL 15 or later). Longer circles
-- (A in B in A) are refused by the application (Directory), which checks the chain upwards.
alter table unit drop constraint unit_parent_id_fkey;
alter table unit add constraint unit_area_id_id_key unique (area_id, id);
alter table unit add constraint unit_parent_in_same_area
    foreign key (area_id, parent_id) references unit (area_id, id) on delete set null (parent_id);
alter table unit add constraint unit_not_own_parent check (parent_id <> id);

create index unit_by_parent on unit (parent_id);
