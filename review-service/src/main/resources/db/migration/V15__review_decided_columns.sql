-- Issue 14, the management review at scale: the decision's time and outcome as plain columns, written by the review
-- when it is decided (Review.decided), so the review KPIs read a year of decisions from one index alone (index-only
-- scan over decided_at, the other figures' columns included) instead of parsing every row's jsonb decision (V13's
-- review_decided_at, 1.4-2.3 s on 500,000). The outcome is the decision's, kept apart from status, which a decided
-- review superseded later changes to SUPERSEDED.
alter table review add column decided_at timestamptz, add column decision_outcome varchar(32);

-- Backfill from the decision as stored (epoch seconds as Hibernate's JSON mapper writes them, or an ISO-8601 text).
update review set decided_at = review_decided_at(decision), decision_outcome = decision ->> 'decision'
 where decision is not null;

create index review_decided_at_idx on review (decided_at) include (decision_outcome, opened_at, type, overdue)
    where decided_at is not null;

-- Only the KPI query used them.
drop index review_decided_idx;
drop function review_decided_at(jsonb);
