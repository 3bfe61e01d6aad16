-- Collaboration areas (platssamverkan): Klara is the first; one installation serves many.
create table area (
    id                     bigint generated always as identity primary key,
    slug                   text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name                   text not null check (length(trim(name)) > 0),
    description            text,
    statistical_area_code  text,
    created_at             timestamptz not null default now()
);
