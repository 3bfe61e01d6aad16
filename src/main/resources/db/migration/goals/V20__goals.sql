-- Goals and follow-up (goals module): an area's vision, its goals, the indicators per goal with
-- direction and target, the geographies measurements refer to with their populations per year,
-- measurements per period (Kolada-shaped: indicator, geography, period, gender, value) and the
-- confirmed assessments of each goal per year (history kept: the newest row per goal and year is
-- the current one).
create table goal_vision (
    area_id    bigint primary key references area (id) on delete cascade,
    text       text not null check (length(trim(text)) > 0 and length(text) <= 2000)
);

create table goal (
    id          bigint generated always as identity primary key,
    area_id     bigint not null references area (id) on delete cascade,
    number      integer not null check (number between 1 and 99),
    title       text not null check (length(trim(title)) > 0 and length(title) <= 400),
    description text not null default '' check (length(description) <= 4000),
    unique (area_id, number)
);

-- A geography measurements refer to: the area itself, a larger district, a place. Population per
-- year is what rates per 100 000 are computed with.
create table goal_geography (
    area_id bigint not null references area (id) on delete cascade,
    code    text not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name    text not null check (length(trim(name)) > 0 and length(name) <= 200),
    primary key (area_id, code)
);

create table goal_population (
    area_id    bigint not null,
    geography  text not null,
    year       integer not null check (year between 1900 and 2200),
    population integer not null check (population > 0),
    primary key (area_id, geography, year),
    foreign key (area_id, geography) references goal_geography (area_id, code) on delete cascade
);

create table indicator (
    id               bigint generated always as identity primary key,
    area_id          bigint not null references area (id) on delete cascade,
    goal_id          bigint not null references goal (id) on delete cascade,
    code             text not null check (code ~ '^[A-Za-z0-9]+([._-][A-Za-z0-9]+)*$'),
    position         integer not null default 0,
    table_title      text not null default '' check (length(table_title) <= 400),
    measurement_name text not null check (length(trim(measurement_name)) > 0 and length(measurement_name) <= 400),
    statement        text not null check (length(trim(statement)) > 0 and length(statement) <= 1000),
    source           text not null default '' check (length(source) <= 400),
    kind             text not null check (kind in ('SHARE', 'INDEX', 'COUNT', 'RATE', 'YES_NO')),
    scale_min        numeric(12, 3),
    scale_max        numeric(12, 3),
    geography        text not null,
    direction        text not null check (direction in ('DECREASE', 'INCREASE', 'REACH', 'STAY_AT')),
    target_value     numeric(14, 3),
    target_year      integer check (target_year between 1900 and 2200),
    ods_item         smallint check (ods_item between 1 and 7),
    unique (area_id, code),
    foreign key (area_id, geography) references goal_geography (area_id, code),
    check ((kind = 'INDEX') = (scale_min is not null and scale_max is not null)),
    check (scale_min is null or scale_min < scale_max),
    check (ods_item is null or kind = 'YES_NO'),
    check (direction not in ('REACH', 'STAY_AT') or target_value is not null)
);
create index indicator_goal on indicator (goal_id, position);

-- period: 'YYYY' for a year, 'YYYY-MM' for a dated survey (e.g. May 2019). gender as Kolada:
-- T (total), K (women), M (men). For a RATE indicator the value is the count; the rate is computed
-- with the population of the indicator's geography in the period's year.
create table measurement (
    id           bigint generated always as identity primary key,
    indicator_id bigint not null references indicator (id) on delete cascade,
    geography    text not null,
    period       text not null check (period ~ '^[0-9]{4}(-(0[1-9]|1[0-2]))?$'),
    gender       char(1) not null default 'T' check (gender in ('T', 'K', 'M')),
    value        numeric(14, 3) not null,
    comment      text not null default '' check (length(comment) <= 1000),
    grade        smallint check (grade between 0 and 3),
    source_note  text not null default '' check (length(source_note) <= 400),
    updated_by   bigint references app_user (id) on delete set null,
    updated_at   timestamptz not null default now(),
    unique (indicator_id, geography, period, gender)
);

create table goal_assessment (
    id           bigint generated always as identity primary key,
    goal_id      bigint not null references goal (id) on delete cascade,
    year         integer not null check (year between 1900 and 2200),
    proposed     text not null check (proposed in ('ACHIEVED', 'PARTLY', 'NOT_ACHIEVED', 'CANNOT_ASSESS')),
    status       text not null check (status in ('ACHIEVED', 'PARTLY', 'NOT_ACHIEVED', 'CANNOT_ASSESS')),
    analysis     text not null default '' check (length(analysis) <= 8000),
    confirmed_by bigint references app_user (id) on delete set null,
    confirmed_at timestamptz not null default now()
);
create index goal_assessment_goal_year on goal_assessment (goal_id, year, id);
