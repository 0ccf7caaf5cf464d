alter table requirement
    add column unwritten           boolean not null default false,
    add column confirmation        jsonb,
    add column discrepancies       jsonb   not null default '[]',
    add column deliveries          jsonb   not null default '[]',
    add column cancellation_reason text,
    add column erp_client          varchar(255),
    add column erp_order_no        varchar(100);

-- an ERP's order number identifies one record for that client
create unique index requirement_erp_order_idx on requirement (erp_client, erp_order_no) where erp_order_no is not null;

create table requirement_revision (
    requirement_id uuid        not null references requirement (id),
    revision       integer     not null,
    content        jsonb       not null,
    reason         text,
    changed_paths  jsonb       not null default '[]',
    created_by     varchar(255) not null,
    created_at     timestamptz not null,
    primary key (requirement_id, revision)
);

-- ERP intake: the first answer per client and key, replayed to retries
create table idempotency_key (
    client_id       varchar(255) not null,
    idem_key        varchar(200) not null,
    request_hash    char(64)     not null,
    response_status integer,
    response_body   text,
    created_at      timestamptz  not null,
    primary key (client_id, idem_key)
);
