-- Append-only audit log: who did what to which object, when, in which request.
create table audit_event (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz not null default now(),
    actor_user_id   bigint,
    actor_username  text,
    organisation_id bigint,
    action          text not null,
    object_type     text,
    object_id       text,
    area_id         bigint,
    request_id      text,
    detail          text
);

create index audit_event_occurred_at on audit_event (occurred_at desc);
create index audit_event_object on audit_event (object_type, object_id);

-- The application owns the table, so privileges alone cannot stop it: the database refuses
-- every change to a written row, for any role that does not first drop these triggers.
create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
