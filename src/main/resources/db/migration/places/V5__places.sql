-- Named places within an area (Plattan within Sergels torg). Geometry and the map come later;
-- a point is kept where it is known.
create table place (
    id         bigint generated always as identity primary key,
    area_id    bigint not null references area (id) on delete cascade,
    slug       text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name       text not null check (length(trim(name)) > 0),
    parent_id  bigint references place (id) on delete set null,
    latitude   double precision check (latitude between -90 and 90),
    longitude  double precision check (longitude between -180 and 180),
    created_at timestamptz not null default now(),
    unique (area_id, slug)
);
