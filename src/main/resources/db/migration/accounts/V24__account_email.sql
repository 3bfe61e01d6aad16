-- Where a user is told by e-mail (notifications). Optional: without it they are told in Klara only.
alter table app_user
    add column email text check (email is null or email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');
