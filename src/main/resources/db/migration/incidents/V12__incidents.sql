-- Incident statistics: police incident reports, reported crimes, guard logs. Imported from CSV in
-- one transaction per file (COPY into `incident`), and rolled up in the same transaction into the
-- tables that every view reads. Only aggregate facts: time, priority, category, place or point.

-- The incident categories an area counts (area-configurable vocabulary). Codes are stable.
create table incident_category (
    id        bigint generated always as identity primary key,
    area_id   bigint not null references area (id) on delete cascade,
    code      text not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_sv   text not null check (length(trim(name_sv)) > 0),
    name_en   text not null check (length(trim(name_en)) > 0),
    position  integer not null default 0,
    unique (area_id, code)
);

-- Where incident files come from, with the saved column and category mapping (JSON, see
-- docs/data-formats.md).
create table incident_source (
    id          bigint generated always as identity primary key,
    area_id     bigint not null references area (id) on delete cascade,
    name        text not null check (name ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    kind        text not null check (kind in ('POLICE_INCIDENT_REPORTS', 'REPORTED_CRIMES',
                                              'GUARD_LOG', 'OTHER')),
    mapping     jsonb not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    unique (area_id, name)
);

-- One attempt to import a file. Written and committed before the import's own transaction starts
-- (status RUNNING, with the database backend that runs it), then set to SUCCEEDED inside that
-- transaction or to FAILED afterwards. A RUNNING row whose backend is gone was interrupted.
create table incident_import (
    id              bigint generated always as identity primary key,
    area_id         bigint not null references area (id) on delete cascade,
    source_id       bigint not null references incident_source (id) on delete cascade,
    status          text not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    file_name       text,
    content_sha256  text check (content_sha256 ~ '^[0-9a-f]{64}$'),
    byte_count      bigint not null default 0,
    row_count       bigint not null default 0,
    error_count     integer not null default 0,
    -- [{"line": 12, "column": "Tidpunkt", "key": "incidents.import.error.time"}, ...] (first 100)
    errors          jsonb not null default '[]',
    started_by_user bigint references app_user (id) on delete set null,
    started_by_name text,
    backend_pid     integer,
    run_started_at  timestamptz,
    synthetic       boolean not null default false,
    started_at      timestamptz not null default now(),
    finished_at     timestamptz
);
create index incident_import_area_newest on incident_import (area_id, id desc);
-- The same content is imported successfully at most once per area (checked when the import
-- commits its status; a concurrent twin waits for the first and then fails here).
create unique index incident_import_once on incident_import (area_id, content_sha256)
    where status = 'SUCCEEDED';

-- The raw incidents, appended by COPY. No foreign keys: each would cost a lookup per copied row
-- (one on import_id doubled the time of a COPY here). The importer is the only writer and takes
-- area, source, import, category and place ids from the area's own rows.
create table incident (
    id           bigint generated always as identity primary key,
    area_id      bigint not null,
    source_id    bigint not null,
    import_id    bigint not null,
    occurred_at  timestamptz not null,
    priority     smallint check (priority between 1 and 3),
    category_id  bigint not null,
    place_id     bigint,
    latitude     double precision check (latitude between -90 and 90),
    longitude    double precision check (longitude between -180 and 180),
    synthetic    boolean not null default false,
    check ((latitude is null) = (longitude is null))
);
-- Analysis (hot spots, displacement) reads points of an area in a period.
create index incident_area_time on incident (area_id, occurred_at);
-- Rolling up one import reads its rows; imports are appended, so their rows lie together.
create index incident_import_rows on incident using brin (import_id);

-- Rollups, updated in the import's transaction. Days and hours are local time in
-- Europe/Stockholm. place_id null = at no named place (counted in area totals only). Derived data
-- without foreign keys: a key check per upserted row doubled the time of rolling up an import.
-- The hour rollups keep one row per day with its 24 hour counts (index 1 = 00:00–00:59): ten
-- years of a place are 3 653 rows, not 87 660, which is what keeps an import near the speed of
-- a bare COPY.

-- Per import, area, place, category, source and day: daily series, counts per place and per
-- source. Appended by each import (no unique key: readers sum), so an import's contribution stays
-- identifiable by import_id.
create table incident_day (
    area_id     bigint not null,
    import_id   bigint not null,
    place_id    bigint,
    category_id bigint not null,
    source_id   bigint not null,
    day         date not null,
    count       bigint not null check (count > 0)
);
create index incident_day_area_day on incident_day (area_id, day);

-- Adds two arrays of hour counts element by element (for upserts of the hour rollups).
create function incident_add_hours(a integer[], b integer[]) returns integer[]
    language sql immutable parallel safe
    as $$ select array(select x + y from unnest(a, b) with ordinality as t(x, y, i) order by i) $$;

-- Per area and local day, counts per hour: the area's weekday x hour heat map.
create table incident_area_hour (
    area_id  bigint not null,
    day      date not null,
    hours    integer[] not null check (cardinality(hours) = 24),
    primary key (area_id, day)
);

-- Per area, named place and local day, counts per hour: a place's heat map.
create table incident_place_hour (
    area_id  bigint not null,
    place_id bigint not null,
    day      date not null,
    hours    integer[] not null check (cardinality(hours) = 24),
    primary key (area_id, place_id, day)
);

-- Per area, category and local day, counts per hour: when a category happens (the heat map of one
-- category, such as drug crime in the morning).
create table incident_category_hour (
    area_id     bigint not null,
    category_id bigint not null,
    day         date not null,
    hours       integer[] not null check (cardinality(hours) = 24),
    primary key (area_id, category_id, day)
);

-- Per area, category and ISO week (its Monday): long trends (ten years = ~520 rows a category).
create table incident_week (
    area_id     bigint not null,
    category_id bigint not null,
    week        date not null,
    count       bigint not null check (count >= 0),
    primary key (area_id, category_id, week)
);
