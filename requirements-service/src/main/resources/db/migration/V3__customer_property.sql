create table customer_property (
    id             uuid primary key,
    customer_id    uuid          not null references customer (id),
    requirement_id uuid references requirement (id),
    kind           varchar(32)   not null,
    description    text          not null,
    quantity       numeric(16,4) not null,
    unit           varchar(20),
    status         varchar(16)   not null,
    verification   jsonb,
    incidents      jsonb         not null default '[]',
    return_record  jsonb,
    received_by    varchar(255)  not null,
    received_at    timestamptz   not null,
    version        bigint        not null
);

create index customer_property_customer_idx on customer_property (customer_id, received_at desc);
