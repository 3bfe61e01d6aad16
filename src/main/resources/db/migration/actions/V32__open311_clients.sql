-- Open311 GeoReport v2 clients (a municipality's reporting app, a FixaMinGata-style tool): one API
-- key per client organisation and area. Only a SHA-256 hash of the key is kept; the prefix lets a
-- coordinator tell keys apart.
create table open311_client (
    id              bigint generated always as identity primary key,
    area_id         bigint not null references area (id) on delete cascade,
    organisation_id bigint not null references organisation (id) on delete cascade,
    name            text not null check (length(trim(name)) > 0),
    key_hash        text not null unique,
    key_prefix      text not null,
    created_at      timestamptz not null,
    revoked_at      timestamptz
);
alter table action_item add constraint action_item_open311_client
    foreign key (open311_client_id) references open311_client (id) on delete set null;
