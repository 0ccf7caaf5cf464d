-- The audit table of an app that keeps a history but has no outbox or inbox (the gateway). Services get the same
-- table from accord-messaging's db/accord-infra V0_1, which their databases have applied since the first release.
-- Idempotent: a database migrated before the infrastructure was split already has this table from that V0_1, and
-- applies this migration out of order (see the gateway's quarkus.flyway.* settings) without changing anything.

create table if not exists audit_entry (
    id             bigint generated always as identity primary key,
    aggregate_type varchar(64)  not null,
    aggregate_id   uuid         not null,
    seq            integer      not null,
    actor          varchar(255) not null,
    occurred_at    timestamptz  not null,
    action         varchar(128) not null,
    state_before   varchar(64),
    state_after    varchar(64),
    detail         text,
    previous_hash  char(64)     not null,
    hash           char(64)     not null,
    unique (aggregate_type, aggregate_id, seq)
);

-- History is append-only: the database itself refuses to rewrite it.
create or replace function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only (% refused)', tg_op;
end;
$$;

drop trigger if exists audit_entry_no_update_or_delete on audit_entry;
create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
