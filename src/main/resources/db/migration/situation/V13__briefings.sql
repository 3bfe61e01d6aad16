-- Briefings for the operational meeting (samverkansutsättning): generated from the situation
-- picture of the days before the meeting, then edited by the convenor. One per area and meeting
-- day. Text passes the privacy guard before it is stored; versions guard against lost updates.
create table briefing (
    id              bigint generated always as identity primary key,
    area_id         bigint not null references area (id),
    meeting_date    date not null,
    period_first    date not null,
    period_last     date not null,
    summary         text not null default '' check (length(summary) <= 4000),
    changes         text not null default '' check (length(changes) <= 4000),
    places_text     text not null default '' check (length(places_text) <= 4000),
    hours_text      text not null default '' check (length(hours_text) <= 4000),
    new_phenomena   text not null default '' check (length(new_phenomena) <= 4000),
    notes           text not null default '' check (length(notes) <= 4000),
    language        text not null check (language in ('sv', 'en')),
    prepared_by     bigint references app_user (id) on delete set null,
    updated_by      bigint references app_user (id) on delete set null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         integer not null default 0,
    unique (area_id, meeting_date),
    check (period_last >= period_first)
);
