-- An entry may be part of another entry (a function within a unit, a team within a unit) of the
-- same area; removing the parent makes its parts stand alone (the foreign key of V6 sets
-- parent_id to null). The application (Directory) resolves parents within the entry's area and
-- refuses longer circles (A in B in A) by checking the chain upwards; the database refuses the
-- shortest one and a parent in another area.
alter table unit add constraint unit_not_own_parent check (parent_id <> id);

create function unit_parent_in_same_area() returns trigger
    language plpgsql as
$$
begin
    if new.parent_id is not null
       and not exists (select 1 from unit p where p.id = new.parent_id and p.area_id = new.area_id) then
        raise exception 'unit % is part of a unit in another area', new.id
            using errcode = 'foreign_key_violation';
    end if;
    return new;
end
$$;

create trigger unit_parent_in_same_area
    before insert or update of parent_id, area_id on unit
    for each row execute function unit_parent_in_same_area();

create index unit_by_parent on unit (parent_id);
