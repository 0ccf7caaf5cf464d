-- ./accord bench seed: N decided reviews (psql variable n, default 500,000: a year of a million requirements seeded
-- over two years) written set-based into review-service's database, so that the management review's review KPIs
-- (GET /api/v1/reviews/kpis) are measured over a year of decisions. Recognisable: decided by seed.gm, requirement
-- ids unknown to the requirements-service. Refuses a second run. The decision's time is written as Hibernate writes
-- it (epoch seconds) and, as the review writes them when decided, into decided_at and decision_outcome (V15); opened 1
-- to 200 hours before, decided within the last 365 days.
\set ON_ERROR_STOP on
\if :{?n}
\else
  \set n 500000
\endif

select exists (select 1 from review where decision ->> 'by' = 'seed.gm') as seeded \gset
\if :seeded
  \echo 'accord bench seed: the review database is already seeded (decisions by seed.gm); nothing written'
  \quit
\endif

begin;
select setseed(0.17);
insert into review (id, requirement_id, requirement_revision, type, status, routing_reasons, requirement, decision,
                    decided_at, decision_outcome, opened_at, updated_at, version, overdue)
select gen_random_uuid(), gen_random_uuid(), 1, s.type, s.decision, '[]', '{}',
       jsonb_build_object('decision', s.decision, 'by', 'seed.gm', 'at', extract(epoch from s.decided_at)),
       s.decided_at, s.decision, s.decided_at - s.cycle, s.decided_at, 1, random() < 0.1
from (select case when random() < 0.3 then 'SIMPLIFIED' else 'FULL' end as type,
             case when r < 0.85 then 'APPROVED' when r < 0.93 then 'REJECTED' else 'CLARIFICATION_REQUIRED' end as decision,
             date_trunc('second', now()) - (random() * interval '365 days') as decided_at,
             (1 + random() * 199) * interval '1 hour' as cycle
      from (select random() as r from generate_series(1, :n)) g) s;
commit;
-- vacuum too: the KPI query's index-only scan needs the visibility map of the fresh rows
vacuum analyze review;
