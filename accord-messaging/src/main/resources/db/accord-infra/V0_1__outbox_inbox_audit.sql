-- Infrastructure tables every Accord service has in its own database (shared library, location db/accord-infra).

create table outbox_event (
    id             bigint generated always as identity primary key,
    event_id       uuid        not null unique,
    aggregate_type varchar(64) not null,
    aggregate_id   varchar(64) not null,
    event_type     varchar(128) not null,
    payload        text        not null,
    created_at     timestamptz not null
);

create table inbox_event (
    source      varchar(255) not null,
    event_id    varchar(255) not null,
    event_type  varchar(128) not null,
    received_at timestamptz  not null,
    primary key (source, event_id)
);

create table audit_entry (
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
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only (% refused)', tg_op;
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
