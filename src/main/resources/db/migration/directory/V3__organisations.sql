-- Organisations that take part in collaboration: authorities, companies, associations.
create table organisation (
    id         bigint generated always as identity primary key,
    slug       text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name       text not null check (length(trim(name)) > 0),
    kind       text not null check (kind in ('POLICE', 'CITY_DISTRICT', 'SOCIAL_SERVICES', 'CITY_OFFICE',
                                               'CULTURE', 'BUSINESS_ASSOCIATION', 'TRANSIT', 'PROPERTY_OWNER',
                                               'SECURITY_COMPANY', 'COUNTY_BOARD', 'BUSINESS', 'NGO', 'OTHER')),
    created_at timestamptz not null default now()
);

-- Which organisations take part in the collaboration of an area.
create table area_organisation (
    area_id         bigint not null references area (id) on delete cascade,
    organisation_id bigint not null references organisation (id) on delete cascade,
    primary key (area_id, organisation_id)
);
