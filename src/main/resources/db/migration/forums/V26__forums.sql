-- Forums (samverkansforum) of an area on four levels, their meetings, attendance and minutes,
-- the questions that travel up between them, per-user calendar feeds and bookings of the shared
-- premises. Times are stored as timestamptz; cadences are RFC 5545 RRULEs expanded in
-- Europe/Stockholm local time so that a 15:00 meeting stays at 15:00 across daylight saving.
create table forum (
    id                 bigint generated always as identity primary key,
    area_id            bigint not null references area (id),
    name               text not null check (length(name) between 1 and 200),
    level              text not null check (level in ('OPERATIONAL', 'OPERATIONAL_STRATEGIC', 'STRATEGIC', 'STEERING')),
    purpose            text not null default '' check (length(purpose) <= 4000),
    convenor_unit_id   bigint references unit (id) on delete set null,
    stand_in_unit_id   bigint references unit (id) on delete set null,
    rrule              text check (length(rrule) <= 500),
    start_time         time not null default '15:00',
    duration_minutes   integer not null default 60 check (duration_minutes between 5 and 720),
    location           text not null default '' check (length(location) <= 200),
    parent_id          bigint references forum (id),
    agenda_template    text not null default '' check (length(agenda_template) <= 4000),
    created_at         timestamptz not null default now(),
    unique (area_id, name),
    check (parent_id is null or parent_id <> id)
);

create table forum_participant (
    forum_id         bigint not null references forum (id) on delete cascade,
    organisation_id  bigint not null references organisation (id),
    primary key (forum_id, organisation_id)
);

create table meeting (
    id             bigint generated always as identity primary key,
    forum_id       bigint not null references forum (id),
    starts_at      timestamptz not null,
    ends_at        timestamptz not null,
    ad_hoc         boolean not null default false,
    title          text not null default '' check (length(title) <= 200),
    status         text not null default 'PLANNED' check (status in ('PLANNED', 'HELD', 'CANCELLED')),
    chaired_by     text check (chaired_by in ('CONVENOR', 'STAND_IN')),
    minutes        text not null default '' check (length(minutes) <= 20000),
    decisions      text not null default '' check (length(decisions) <= 20000),
    invited_at     timestamptz,
    closed_at      timestamptz,
    closed_by      bigint references app_user (id) on delete set null,
    unique (forum_id, starts_at),
    check (ends_at > starts_at),
    check ((status = 'HELD') = (closed_at is not null))
);
create index meeting_starts on meeting (starts_at);

-- Later corrections of closed minutes: additions, never edits.
create table meeting_correction (
    id          bigint generated always as identity primary key,
    meeting_id  bigint not null references meeting (id),
    text        text not null check (length(text) between 1 and 4000),
    added_by    bigint references app_user (id) on delete set null,
    added_at    timestamptz not null default now()
);

-- One line per organisation (and function, when known) present at a meeting.
create table attendance (
    id               bigint generated always as identity primary key,
    meeting_id       bigint not null references meeting (id) on delete cascade,
    organisation_id  bigint not null references organisation (id),
    unit_id          bigint references unit (id) on delete set null,
    people           integer not null default 1 check (people between 1 and 500),
    women            integer check (women >= 0),
    men              integer check (men >= 0)
);
create unique index attendance_once on attendance (meeting_id, organisation_id, coalesce(unit_id, 0));

create table question (
    id                bigint generated always as identity primary key,
    area_id           bigint not null references area (id),
    text              text not null check (length(text) between 1 and 4000),
    place_id          bigint references place (id),
    raised_by         bigint references app_user (id) on delete set null,
    owner             text not null default '' check (length(owner) <= 200),
    status            text not null default 'OPEN' check (status in ('OPEN', 'ANSWERED', 'CLOSED')),
    due_date          date,
    forum_id          bigint not null references forum (id),
    raised_in_meeting bigint references meeting (id),
    answer            text check (length(answer) <= 4000),
    sent_to_actions   boolean not null default false,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);
create index question_area_status on question (area_id, status);

-- The history that travels with a question: raised, escalated, decided, answered, closed.
create table question_event (
    id           bigint generated always as identity primary key,
    question_id  bigint not null references question (id),
    kind         text not null check (kind in ('RAISED', 'ESCALATED', 'DECIDED', 'ANSWERED', 'CLOSED', 'SENT_TO_ACTIONS')),
    forum_id     bigint references forum (id),
    to_forum_id  bigint references forum (id),
    meeting_id   bigint references meeting (id),
    actor_id     bigint references app_user (id) on delete set null,
    text         text not null default '' check (length(text) <= 4000),
    created_at   timestamptz not null default now()
);
create index question_event_question on question_event (question_id, id);

-- Per-user secret calendar feed: only the SHA-256 of the token is stored; deleting revokes it.
create table calendar_feed (
    user_id     bigint primary key references app_user (id) on delete cascade,
    token_hash  text not null unique,
    created_at  timestamptz not null default now()
);

-- Bookings of the shared premises (Klara samverkanslokal); overlaps are refused.
create table premises_booking (
    id          bigint generated always as identity primary key,
    area_id     bigint not null references area (id),
    purpose     text not null check (purpose in ('TRAINING', 'STUDY_VISIT', 'MEETING', 'OTHER')),
    title       text not null check (length(title) between 1 and 200),
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    booked_by   bigint references app_user (id) on delete set null,
    created_at  timestamptz not null default now(),
    check (ends_at > starts_at)
);
create index premises_booking_time on premises_booking (area_id, starts_at);
