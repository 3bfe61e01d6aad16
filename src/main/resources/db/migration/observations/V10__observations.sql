-- Field observations: what people in the field saw at a place during a time window. Counts are
-- aggregates by gender and age band; no row ever names or describes an individual.

-- The phenomena an area observes (area-configurable vocabulary). Codes are stable; names are shown.
create table observation_phenomenon (
    id        bigint generated always as identity primary key,
    area_id   bigint not null references area (id) on delete cascade,
    code      text not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_sv   text not null check (length(trim(name_sv)) > 0),
    name_en   text not null check (length(trim(name_en)) > 0),
    position  integer not null default 0,
    active    boolean not null default true,
    unique (area_id, code)
);

create table observation (
    id              bigint generated always as identity primary key,
    area_id         bigint not null references area (id),
    place_id        bigint not null references place (id),
    -- set null when an account is deleted (e.g. `user delete-demo`): the observation stays.
    author_user_id  bigint references app_user (id) on delete set null,
    organisation_id bigint not null references organisation (id),
    window_start    timestamptz not null,
    window_end      timestamptz not null,
    intensity       text check (intensity in ('NONE', 'FEW', 'MANY')),
    estimated_count integer check (estimated_count between 0 and 1000),
    new_faces       text not null default 'UNKNOWN' check (new_faces in ('YES', 'NO', 'UNKNOWN')),
    note            text check (length(note) <= 1000),
    synthetic       boolean not null default false,
    version         integer not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check (window_end >= window_start)
);
create index observation_area_newest on observation (area_id, id desc);
create index observation_place_window on observation (place_id, window_start);

create table observation_phenomenon_seen (
    observation_id bigint not null references observation (id) on delete cascade,
    phenomenon_id  bigint not null references observation_phenomenon (id),
    primary key (observation_id, phenomenon_id)
);

-- Aggregate counts: only non-zero cells are stored.
create table observation_count (
    observation_id bigint not null references observation (id) on delete cascade,
    gender         text not null check (gender in ('FEMALE', 'MALE', 'UNKNOWN')),
    age_band       text not null check (age_band in ('UNDER_15', 'AGE_15_17', 'AGE_18_24', 'AGE_25_PLUS')),
    count          integer not null check (count between 1 and 1000),
    primary key (observation_id, gender, age_band)
);

-- Idempotency keys of POST /api/v1/areas/{area}/observations (IETF httpapi idempotency-key
-- draft-07), scoped per user, stored in the transaction that stores the observation. Expire after
-- 24 hours.
create table observation_idempotency_key (
    user_id         bigint not null references app_user (id) on delete cascade,
    idempotency_key text not null check (length(idempotency_key) between 1 and 255),
    request_hash    text not null,
    status          integer not null,
    location        text,
    response_body   text not null,
    created_at      timestamptz not null default now(),
    primary key (user_id, idempotency_key)
);
create index observation_idempotency_key_created on observation_idempotency_key (created_at);
