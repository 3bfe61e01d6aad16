-- The action plan (åtgärdsplan): problems routed to whoever owns them and followed until they are
-- completed or written off. Every change is a verb that writes one row of history and bumps the
-- version (optimistic locking: a form carries the version it was opened at).
create table action_item (
    id                bigint generated always as identity primary key,
    area_id           bigint not null references area (id) on delete cascade,
    kind              text not null check (kind in ('PHYSICAL', 'STRUCTURAL', 'OTHER')),
    category          text not null,
    place_id          bigint references place (id) on delete set null,
    latitude          double precision check (latitude between -90 and 90),
    longitude         double precision check (longitude between -180 and 180),
    address           text,
    title             text not null check (length(trim(title)) > 0),
    description       text not null default '',
    raised_by_user_id bigint references app_user (id) on delete set null,
    raised_by_org_id  bigint references organisation (id) on delete set null,
    raised_via        text not null default 'WEB' check (raised_via in ('WEB', 'FORUM', 'OPEN311', 'DEMO')),
    raised_in_label   text,
    raised_in_link    text check (raised_in_link is null or raised_in_link like '/%'),
    question_id       bigint,
    meeting_id        bigint,
    owner_org_id      bigint references organisation (id) on delete set null,
    owner_function    text,
    owner_confirmed   boolean not null default false,
    due_date          date,
    priority          text not null default 'NORMAL' check (priority in ('LOW', 'NORMAL', 'HIGH')),
    status            text not null check (status in ('OWNER_UNKNOWN', 'ASSIGNED', 'ACCEPTED',
                          'IN_PROGRESS', 'ESCALATED', 'REOPENED', 'COMPLETED', 'WRITTEN_OFF')),
    outcome           text,
    raised_at         timestamptz not null,
    updated_at        timestamptz not null,
    closed_at         timestamptz,
    open311_client_id bigint,
    version           integer not null default 0,
    check (due_date is null or due_date >= (raised_at at time zone 'Europe/Stockholm')::date)
);
create index action_item_by_area_status on action_item (area_id, status);
create index action_item_by_owner on action_item (owner_org_id, status);
create index action_item_by_question on action_item (question_id) where question_id is not null;
create index action_item_closed on action_item (area_id, closed_at) where closed_at is not null;

-- The history: one row per verb, never changed.
create table action_event (
    id             bigint generated always as identity primary key,
    item_id        bigint not null references action_item (id) on delete cascade,
    occurred_at    timestamptz not null,
    actor_user_id  bigint references app_user (id) on delete set null,
    actor_label    text not null,
    verb           text not null,
    from_status    text,
    to_status      text not null,
    owner_org_id   bigint references organisation (id) on delete set null,
    note           text
);
create index action_event_by_item on action_event (item_id, id);

-- Who follows an item besides the raiser (told of every decision).
create table action_follower (
    item_id bigint not null references action_item (id) on delete cascade,
    user_id bigint not null references app_user (id) on delete cascade,
    primary key (item_id, user_id)
);

-- The raiser's answers to "is it fixed?" after a completion.
create table action_feedback (
    id          bigint generated always as identity primary key,
    item_id     bigint not null references action_item (id) on delete cascade,
    user_id     bigint references app_user (id) on delete set null,
    answer      text not null check (answer in ('FIXED', 'PARTLY_FIXED', 'NOT_FIXED', 'CANT_TELL')),
    comment     text,
    answered_at timestamptz not null
);
create index action_feedback_by_item on action_feedback (item_id, id);
