-- What users are told: a message key with its arguments (rendered in the reader's language when
-- shown), user-written detail and a link. Kept per reader; read_at is null until they read it.
create table notification (
    id          bigint generated always as identity primary key,
    user_id     bigint not null references app_user (id) on delete cascade,
    message_key text not null,
    arguments   text[] not null default '{}',
    detail      text,
    link        text check (link is null or link like '/%'),
    created_at  timestamptz not null default now(),
    read_at     timestamptz,
    mailed_at   timestamptz
);

create index notification_by_user on notification (user_id, created_at desc);
create index notification_unread on notification (user_id) where read_at is null;
