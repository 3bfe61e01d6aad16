-- Origin of the people met in an observation: how many of them came from a home municipality or
-- city district. Counts of a group, never persons; the analysis module ranks them together with
-- uploaded aggregates (origin_count), the observing organisation being the group.
create table observation_origin (
    observation_id bigint not null references observation (id) on delete cascade,
    origin         text not null check (length(trim(origin)) between 1 and 100),
    count          integer not null check (count between 1 and 1000),
    primary key (observation_id, origin)
);
