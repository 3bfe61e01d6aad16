-- Rollups of field observations for the situation picture: counts kept up to date in the
-- transaction that records or corrects an observation (ObservationRollups), so that views read a
-- few small rows per day instead of the raw observation tables. An observation counts on the local
-- day and hour (Europe/Stockholm) its time window starts. Rows whose counts fall to zero after a
-- correction are deleted. Derived data: no foreign keys, so keeping them up to date costs only the
-- upsert; they can always be recomputed from the raw tables (ObservationRollupTests does).

-- Observations per place, local day and hour: the weekday × hour heat map and counts per place.
create table observation_rollup_hour (
    area_id      bigint not null,
    day          date not null,
    place_id     bigint not null,
    hour         smallint not null check (hour between 0 and 23),
    observations integer not null check (observations > 0),
    primary key (area_id, day, place_id, hour)
);

-- Observations that reported a phenomenon, per place, day and reporting organisation: series per
-- phenomenon and what each organisation saw.
create table observation_rollup_phenomenon (
    area_id         bigint not null,
    day             date not null,
    place_id        bigint not null,
    organisation_id bigint not null,
    phenomenon_id   bigint not null,
    observations    integer not null check (observations > 0),
    primary key (area_id, day, place_id, organisation_id, phenomenon_id)
);

-- People counted, by gender and age band, per place and day.
create table observation_rollup_people (
    area_id  bigint not null,
    day      date not null,
    place_id bigint not null,
    gender   text not null check (gender in ('FEMALE', 'MALE', 'UNKNOWN')),
    age_band text not null check (age_band in ('UNDER_15', 'AGE_15_17', 'AGE_18_24', 'AGE_25_PLUS')),
    people   integer not null check (people > 0),
    primary key (area_id, day, place_id, gender, age_band)
);

-- Per reporting organisation, place and day: observations, people counted (the sum of the gender
-- and age counts), and observations that said there were new faces, or that there were none.
create table observation_rollup_organisation (
    area_id         bigint not null,
    day             date not null,
    place_id        bigint not null,
    organisation_id bigint not null,
    observations    integer not null check (observations > 0),
    people          integer not null check (people >= 0),
    new_faces_yes   integer not null check (new_faces_yes >= 0),
    new_faces_no    integer not null check (new_faces_no >= 0),
    primary key (area_id, day, place_id, organisation_id)
);

-- Backfill from the observations stored so far (the same sums as ObservationRollups.add).
insert into observation_rollup_hour (area_id, day, place_id, hour, observations)
select area_id, (window_start at time zone 'Europe/Stockholm')::date, place_id,
       extract(hour from window_start at time zone 'Europe/Stockholm')::int, count(*)
from observation
group by 1, 2, 3, 4;

insert into observation_rollup_phenomenon
    (area_id, day, place_id, organisation_id, phenomenon_id, observations)
select o.area_id, (o.window_start at time zone 'Europe/Stockholm')::date, o.place_id,
       o.organisation_id, s.phenomenon_id, count(*)
from observation o join observation_phenomenon_seen s on s.observation_id = o.id
group by 1, 2, 3, 4, 5;

insert into observation_rollup_people (area_id, day, place_id, gender, age_band, people)
select o.area_id, (o.window_start at time zone 'Europe/Stockholm')::date, o.place_id,
       c.gender, c.age_band, sum(c.count)
from observation o join observation_count c on c.observation_id = o.id
group by 1, 2, 3, 4, 5;

insert into observation_rollup_organisation
    (area_id, day, place_id, organisation_id, observations, people, new_faces_yes, new_faces_no)
select o.area_id, (o.window_start at time zone 'Europe/Stockholm')::date, o.place_id,
       o.organisation_id, count(*), coalesce(sum(p.people), 0),
       count(*) filter (where o.new_faces = 'YES'), count(*) filter (where o.new_faces = 'NO')
from observation o
left join lateral (
    select sum(c.count) as people from observation_count c where c.observation_id = o.id) p on true
group by 1, 2, 3, 4;
