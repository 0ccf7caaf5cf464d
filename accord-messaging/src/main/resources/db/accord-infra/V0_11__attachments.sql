-- Issue 14: files attached to records (README "Attachments"; accord-persistence's io.accord.infra.attachments). One row
-- per file, its bytes in chunks of 512 KB so that neither an upload nor a download ever holds a whole file in memory.
-- Shared by every service; one that takes no attachments (review-service, feedback-service) keeps the tables empty.

create table attachment (
    id           uuid primary key,
    -- the record: its aggregate (whose history records the upload) and, for a part of it, the part's number
    -- (a customer-property incident); null for the record itself
    owner_type   varchar(64)  not null,
    owner_id     uuid         not null,
    owner_part   integer,
    filename     text         not null,
    content_type varchar(128) not null,
    size         bigint       not null,
    sha256       char(64)     not null,
    uploaded_by  varchar(255) not null,
    uploaded_at  timestamptz  not null
);

create index attachment_owner_idx on attachment (owner_type, owner_id, owner_part, uploaded_at);

create table attachment_chunk (
    -- the chunks are written as they stream in, the file's row after them (its size and hash known only then):
    -- the reference is checked at commit
    attachment_id uuid    not null references attachment (id) deferrable initially deferred,
    seq           integer not null,
    data          bytea   not null,
    primary key (attachment_id, seq)
);
