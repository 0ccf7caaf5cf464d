create table review (
    id                   uuid primary key,
    requirement_id       uuid        not null,
    requirement_revision integer     not null,
    type                 varchar(16) not null,
    status               varchar(32) not null,
    routing_reasons      jsonb       not null,
    requirement          jsonb       not null,
    opinions             jsonb       not null default '[]',
    consolidation        jsonb,
    decision             jsonb,
    opened_at            timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint      not null,
    -- one review per requirement revision, whatever the broker redelivers
    unique (requirement_id, requirement_revision)
);

create table review_department (
    review_id  uuid        not null references review (id),
    department varchar(16) not null,
    primary key (review_id, department)
);

create index review_status_idx on review (status, opened_at desc);
create index review_department_idx on review_department (department);
