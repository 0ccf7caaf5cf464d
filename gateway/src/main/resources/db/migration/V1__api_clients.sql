-- Machine clients (ERP systems). The API key itself is never stored: only its SHA-256, looked up on each request,
-- so a revoked key stops working on the next request at every gateway replica.
create table api_client (
    id          uuid primary key,
    name        varchar(120) not null,
    scopes      jsonb        not null,
    key_prefix  varchar(16)  not null,
    key_hash    char(64)     not null unique,
    status      varchar(16)  not null check (status in ('ACTIVE', 'REVOKED')),
    created_at  timestamptz  not null,
    created_by  varchar(200) not null,
    revoked_at  timestamptz,
    revoked_by  varchar(200),
    version     bigint       not null default 0
);

-- the name is the ERP's identity; two active clients may share it while a key is rotated
create index api_client_name on api_client (name);
