create table complaint (
    id          uuid primary key,
    customer_id uuid        not null,
    channel     varchar(16) not null,
    category    varchar(16) not null,
    severity    varchar(16) not null,
    status      varchar(16) not null,
    description text        not null,
    received_at timestamptz not null,
    version     bigint      not null
);

create index complaint_status_idx on complaint (status, received_at desc);
