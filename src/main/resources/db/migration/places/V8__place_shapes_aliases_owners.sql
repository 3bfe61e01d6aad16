-- Places get other names (aliases), an optional outline (a GeoJSON Polygon or MultiPolygon in
-- WGS84; points stay in latitude/longitude) and the owners of the assets there.
alter table place add column aliases text[] not null default '{}';
alter table place add column geometry jsonb
    check (geometry is null or geometry ->> 'type' in ('Polygon', 'MultiPolygon'));

-- Who owns what at a place (public-land lighting: the traffic office; the station: Jernhusen).
-- A place without an owner for an asset inherits the owner from the place it lies within.
create table place_asset_owner (
    place_id        bigint not null references place (id) on delete cascade,
    asset           text not null check (asset in ('LIGHTING', 'CLEANING', 'MAINTENANCE', 'STATION',
                                                   'TRANSIT', 'BUILDING', 'PARK', 'OTHER')),
    organisation_id bigint not null references organisation (id) on delete cascade,
    primary key (place_id, asset)
);
create index place_asset_owner_organisation on place_asset_owner (organisation_id);
