create table feedback (
    id          uuid primary key,
    customer_id uuid         not null,
    channel     varchar(16)  not null,
    category    varchar(16)  not null,
    rating      smallint check (rating between 1 and 5),
    text        text,
    order_ref   varchar(100),
    received_at timestamptz  not null,
    version     bigint       not null
);

create index feedback_customer_idx on feedback (customer_id, received_at desc);
