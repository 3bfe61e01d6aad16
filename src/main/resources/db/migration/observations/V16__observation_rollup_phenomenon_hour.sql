-- Observations that reported a phenomenon, per place, local day and hour: when a phenomenon is
-- seen (the situation picture's heat map of one phenomenon: dealing in the morning, youth groups
-- in the evening). Kept by ObservationRollups like the other observation rollups (V11).
create table observation_rollup_phenomenon_hour (
    area_id       bigint not null,
    day           date not null,
    place_id      bigint not null,
    phenomenon_id bigint not null,
    hour          smallint not null check (hour between 0 and 23),
    observations  integer not null check (observations > 0),
    primary key (area_id, phenomenon_id, day, place_id, hour)
);

insert into observation_rollup_phenomenon_hour
    (area_id, day, place_id, phenomenon_id, hour, observations)
select o.area_id, (o.window_start at time zone 'Europe/Stockholm')::date, o.place_id,
       s.phenomenon_id, extract(hour from o.window_start at time zone 'Europe/Stockholm')::int,
       count(*)
from observation o join observation_phenomenon_seen s on s.observation_id = o.id
group by 1, 2, 3, 4, 5;
