create table customer (
    id                uuid primary key,
    code              varchar(40)  not null unique,
    name              varchar(200) not null,
    contacts          jsonb        not null default '[]',
    first_accepted_at timestamptz,
    created_at        timestamptz  not null,
    version           bigint       not null
);

create table requirement (
    id          uuid primary key,
    customer_id uuid        not null references customer (id),
    source      varchar(32) not null,
    status      varchar(32) not null,
    revision    integer     not null,
    content     jsonb       not null,
    review_id   uuid,
    created_by  varchar(255) not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null
);

create index requirement_customer_idx on requirement (customer_id, created_at desc);
create index requirement_status_idx on requirement (status, created_at desc);
