-- PROCESS.md §3: a revision sent back for clarification comes back to a new review round of the same revision, so a
-- revision may have several reviews, one per round (a redelivered submission still opens nothing twice)
alter table review
    add column round          integer not null default 1,
    add column clarification  jsonb,
    add column earlier_rounds jsonb   not null default '[]',
    add column next_round     uuid;

alter table review drop constraint review_requirement_id_requirement_revision_key;
alter table review add constraint review_requirement_revision_round_key unique (requirement_id, requirement_revision, round);
