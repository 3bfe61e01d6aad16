-- Local accounts. One organisation and one role per user; areas by membership.
create table app_user (
    id                  bigint generated always as identity primary key,
    username            text not null check (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
    display_name        text not null check (length(trim(display_name)) > 0),
    organisation_id     bigint not null references organisation (id),
    role                text not null check (role in ('ADMIN', 'COORDINATOR', 'FIELD', 'OWNER', 'STEERING', 'PARTNER')),
    password_hash       text not null,
    enabled             boolean not null default true,
    demo                boolean not null default false,
    created_at          timestamptz not null default now(),
    password_changed_at timestamptz not null default now(),
    version             integer not null default 0
);

create unique index app_user_username on app_user (username);

create table area_member (
    user_id bigint not null references app_user (id) on delete cascade,
    area_id bigint not null references area (id) on delete cascade,
    primary key (user_id, area_id)
);

-- Failed sign-ins, for throttling. The attempted username is kept only as a hash: people type
-- passwords into the username field.
create table login_failure (
    id            bigint generated always as identity primary key,
    username_hash text not null,
    address       text not null,
    failed_at     timestamptz not null default now()
);

create index login_failure_by_username on login_failure (username_hash, failed_at);
create index login_failure_by_address on login_failure (address, failed_at);
