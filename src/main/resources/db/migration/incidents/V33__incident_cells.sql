-- Hot-spot maps read incidents per grid cell, not one row per incident: a year of a busy area is
-- a million rows, too many to move to the application for every map (docs/performance.md).

-- Each incident's position in SWEREF 99 TM (EPSG:3006), whole metres rounded down, computed by
-- the importer from latitude and longitude (null without a point, or when the point lies too
-- far from Sweden to project). Rows imported before this migration are filled in by V35.
alter table incident add column north_m integer, add column east_m integer;
alter table incident add constraint incident_sweref_pair
    check ((north_m is null) = (east_m is null) and (north_m is null or latitude is not null));

-- Per import, area, category and local day: the incidents with a point, counted per 10 m SWEREF
-- 99 TM cell. `cells` holds one entry per occupied cell, sorted by north then east, each three
-- big-endian 32-bit integers: floor(north_m / 10), floor(east_m / 10), count. A hot-spot grid of
-- any multiple of 10 m is summed from these exactly; a year is a few hundred rows per category.
-- Appended by each import like incident_day (readers combine the rows of all imports).
create table incident_cell (
    area_id     bigint not null,
    import_id   bigint not null,
    category_id bigint not null,
    day         date not null,
    cells       bytea not null check (length(cells) > 0 and length(cells) % 12 = 0)
);
create index incident_cell_area_day on incident_cell (area_id, day);

-- Per import, area, named place, category and local day: the incidents without a point (place_id
-- null: at no named place either). A hot-spot map counts them at their place's point.
create table incident_unlocated (
    area_id     bigint not null,
    import_id   bigint not null,
    place_id    bigint,
    category_id bigint not null,
    day         date not null,
    count       bigint not null check (count > 0)
);
create index incident_unlocated_area_day on incident_unlocated (area_id, day);
