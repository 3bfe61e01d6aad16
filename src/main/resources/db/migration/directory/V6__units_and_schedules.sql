-- Units, teams and functions of organisations, with their mandate, target groups, needs,
-- working hours and work contact paths (never private data).
-- An entry belongs to one area (an organisation working in two areas has an entry in each, so
-- that each area's coordinators keep their own).
create table unit (
    id                bigint generated always as identity primary key,
    area_id           bigint not null references area (id) on delete cascade,
    organisation_id   bigint not null references organisation (id) on delete cascade,
    parent_id         bigint references unit (id) on delete set null,
    kind              text not null check (kind in ('UNIT', 'FUNCTION')),
    slug              text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name              text not null check (length(trim(name)) > 0),
    mandate           text not null default '',
    limits            text not null default '',
    handover          text not null default '',
    age_min           integer check (age_min between 0 and 120),
    age_max           integer check (age_max between 0 and 120),
    phone             text,
    email             text,
    radio_talk_group  text,
    reception_hours   text,
    holiday_policy    text not null default 'AS_USUAL'
                      check (holiday_policy in ('AS_USUAL', 'AS_SUNDAY', 'CLOSED')),
    confirmed_at      timestamptz,
    confirmed_by      text,
    version           integer not null default 0,
    created_at        timestamptz not null default now(),
    unique (area_id, slug),
    check (age_min is null or age_max is null or age_min <= age_max)
);

-- Where in an area a unit works; none listed means the whole area.
create table unit_place (
    unit_id  bigint not null references unit (id) on delete cascade,
    place_id bigint not null references place (id) on delete cascade,
    primary key (unit_id, place_id)
);

create table unit_target_group (
    unit_id      bigint not null references unit (id) on delete cascade,
    target_group text not null,
    primary key (unit_id, target_group)
);

create table unit_need (
    unit_id bigint not null references unit (id) on delete cascade,
    need    text not null,
    primary key (unit_id, need)
);

-- A weekly rule: on these weekdays from start to end (minutes of the day in Europe/Stockholm;
-- an end at or before the start runs past midnight; 1440 is midnight at the end of the day).
create table schedule_rule (
    id           bigint generated always as identity primary key,
    unit_id      bigint not null references unit (id) on delete cascade,
    days         text not null check (days ~ '^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$'),
    start_minute integer not null check (start_minute between 0 and 1439),
    end_minute   integer not null check (end_minute between 1 and 1440),
    check (start_minute <> end_minute)
);

-- Days that do not follow the weekly rules: closed (summer break) or other hours.
create table schedule_exception (
    id           bigint generated always as identity primary key,
    unit_id      bigint not null references unit (id) on delete cascade,
    first_day    date not null,
    last_day     date not null,
    closed       boolean not null,
    start_minute integer check (start_minute between 0 and 1439),
    end_minute   integer check (end_minute between 1 and 1440),
    note         text,
    check (first_day <= last_day),
    check (closed or (start_minute is not null and end_minute is not null and start_minute <> end_minute))
);

-- Commitments in the collaboration agreement (åtagandeschema).
create table commitment (
    id           bigint generated always as identity primary key,
    unit_id      bigint not null references unit (id) on delete cascade,
    text         text not null check (length(trim(text)) > 0),
    owner        text not null default '',
    follow_up    text not null default ''
);

create index schedule_rule_by_unit on schedule_rule (unit_id);
create index schedule_exception_by_unit on schedule_exception (unit_id);
