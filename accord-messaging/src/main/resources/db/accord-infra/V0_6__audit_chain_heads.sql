-- Chain heads (README "History"): each service publishes, on a topic of its own, the newest entry of every history
-- that grew since its last publication, so an auditor who keeps those events can tell a cut-off tail from a quiet one.

-- The outbox row's topic: null is the service's own topic (every row before this release); the chain heads go to theirs.
alter table outbox_event add column if not exists topic varchar(249);

-- How far the publications went: audit entries up to this id are covered. One row; replicas take turns through its lock.
create table if not exists audit_chain_publication (
    id                smallint    primary key default 1 check (id = 1),
    published_through bigint      not null,
    published_at      timestamptz not null
);
