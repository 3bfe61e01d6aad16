-- Origin of people met, aggregates only: how many people of a group (youths met by the youth
-- team, people arrested for drug offences ...) came from a municipality or city district, per
-- day. Counts, never persons. Written by an all-or-nothing CSV upload (analysis module).
create table origin_count (
    id         bigint generated always as identity primary key,
    area_id    bigint not null references area (id) on delete cascade,
    day        date not null,
    group_name text not null check (length(trim(group_name)) between 1 and 100),
    origin     text not null check (length(trim(origin)) between 1 and 100),
    count      integer not null check (count > 0),
    created_at timestamptz not null default now()
);
create index origin_count_area_day on origin_count (area_id, day);
