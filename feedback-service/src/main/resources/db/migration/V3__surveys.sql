create table survey (
    id          uuid primary key,
    title       varchar(200) not null,
    purpose     varchar(24)  not null check (purpose in ('GENERAL', 'DELIVERY', 'COMPLAINT_HANDLING')),
    questions   jsonb        not null,
    created_at  timestamptz  not null,
    created_by  varchar(200) not null,
    version     bigint       not null
);
create index survey_purpose_idx on survey (purpose, created_at desc);

-- the token itself is never stored: only its SHA-256
create table survey_invitation (
    id           uuid primary key,
    survey_id    uuid         not null references survey (id),
    customer_id  uuid         not null,
    context      varchar(200),
    token_hash   char(64)     not null unique,
    status       varchar(16)  not null check (status in ('SENT', 'RESPONDED', 'EXPIRED')),
    sent_at      timestamptz  not null,
    expires_at   timestamptz  not null,
    responded_at timestamptz,
    created_by   varchar(200) not null,
    version      bigint       not null
);
create index survey_invitation_customer_idx on survey_invitation (customer_id, sent_at desc);

-- one response per invitation, enforced by the database as well as by the invitation's state
create table survey_response (
    id            uuid primary key,
    invitation_id uuid        not null unique references survey_invitation (id),
    survey_id     uuid        not null references survey (id),
    customer_id   uuid        not null,
    responded_at  timestamptz not null,
    answers       jsonb       not null
);

-- scored answers, one row each: the satisfaction summary and trend aggregate these
create table survey_answer (
    response_id   uuid        not null references survey_response (id),
    question_key  varchar(60) not null,
    question_type varchar(16) not null,
    dimension     varchar(60),
    score         smallint    not null,
    customer_id   uuid        not null,
    responded_at  timestamptz not null,
    primary key (response_id, question_key)
);
create index survey_answer_time_idx on survey_answer (responded_at);
create index survey_answer_customer_idx on survey_answer (customer_id, responded_at);
