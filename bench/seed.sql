-- ./accord bench seed: N requirements (psql variable n) of C customers (variable customers), with their revision rows
-- and their audit entries, written set-based into requirements-service's database (issue 11, scale). Everything
-- seeded is recognisable: customer codes start with SEED-, records and entries are by the actor seed.sales. Refuses
-- a second run. No outbox rows: nothing of this is published.
--
-- The audit entries form valid hash chains, hashed exactly as AuditHashes.hash does: SHA-256 (hex) over the UTF-8 of
-- previous hash, aggregate type, aggregate id, seq, actor, occurred_at (ISO-8601 UTC, whole seconds here so the
-- fraction is absent as in Java's ISO_OFFSET_DATE_TIME), action, state before, state after, detail, separated by
-- U+001F, a null written as U+0000 (a byte PostgreSQL text cannot hold, hence bytea).
\set ON_ERROR_STOP on
\if :{?n}
\else
  \set n 1000000
\endif
\if :{?customers}
\else
  \set customers 1000
\endif

select exists (select 1 from customer where code like 'SEED-%') as seeded \gset
\if :seeded
  \echo 'accord bench seed: this database is already seeded (customers SEED-…); nothing written'
  \quit
\endif

begin;
select setseed(0.11);

insert into customer (id, code, name, contacts, first_accepted_at, created_at, version)
select gen_random_uuid(), 'SEED-' || lpad(k::text, 6, '0'), 'Seeded Customer ' || k,
       jsonb_build_array(jsonb_build_object('name', 'Buyer ' || k, 'email', 'buyer' || k || '@seed.example', 'phone', null)),
       now() - interval '700 days', date_trunc('second', now() - interval '730 days'), 0
from generate_series(1, :customers) k;

create temp table seed_customer on commit drop as
select row_number() over (order by code) - 1 as k, id from customer where code like 'SEED-%';

-- the statuses in the proportions of a mature system: most records settled, a tenth in flight
create temp table seed_status (status text, upto numeric) on commit drop;
insert into seed_status values
  ('ACCEPTED', 0.30), ('DELIVERED', 0.55), ('CANCELLED', 0.61), ('REJECTED', 0.65), ('CAPTURED', 0.75),
  ('AWAITING_CONFIRMATION', 0.78), ('CONFIRMED', 0.81), ('SUBMITTED', 0.86), ('UNDER_REVIEW', 0.94),
  ('CLARIFICATION_REQUESTED', 0.97), ('AMENDED', 1.00);

-- the audit steps that lead to each status: (status, seq, action, before, after)
create temp table seed_path (status text, seq int, action text, state_before text, state_after text) on commit drop;
insert into seed_path
select s.status, 1, 'captured', null, case when s.status in ('AWAITING_CONFIRMATION', 'CONFIRMED') then 'AWAITING_CONFIRMATION' else 'CAPTURED' end
from seed_status s;
insert into seed_path values
  ('CONFIRMED', 2, 'confirmed', 'AWAITING_CONFIRMATION', 'CONFIRMED'),
  ('SUBMITTED', 2, 'submitted', 'CAPTURED', 'SUBMITTED'),
  ('UNDER_REVIEW', 2, 'submitted', 'CAPTURED', 'SUBMITTED'), ('UNDER_REVIEW', 3, 'review opened', 'SUBMITTED', 'UNDER_REVIEW'),
  ('CLARIFICATION_REQUESTED', 2, 'submitted', 'CAPTURED', 'SUBMITTED'),
  ('CLARIFICATION_REQUESTED', 3, 'review opened', 'SUBMITTED', 'UNDER_REVIEW'),
  ('CLARIFICATION_REQUESTED', 4, 'clarification requested', 'UNDER_REVIEW', 'CLARIFICATION_REQUESTED'),
  ('AMENDED', 2, 'submitted', 'CAPTURED', 'SUBMITTED'), ('AMENDED', 3, 'review opened', 'SUBMITTED', 'UNDER_REVIEW'),
  ('AMENDED', 4, 'accepted', 'UNDER_REVIEW', 'ACCEPTED'), ('AMENDED', 5, 'amended to revision 2', 'ACCEPTED', 'AMENDED'),
  ('ACCEPTED', 2, 'submitted', 'CAPTURED', 'SUBMITTED'), ('ACCEPTED', 3, 'review opened', 'SUBMITTED', 'UNDER_REVIEW'),
  ('ACCEPTED', 4, 'accepted', 'UNDER_REVIEW', 'ACCEPTED'),
  ('DELIVERED', 2, 'submitted', 'CAPTURED', 'SUBMITTED'), ('DELIVERED', 3, 'review opened', 'SUBMITTED', 'UNDER_REVIEW'),
  ('DELIVERED', 4, 'accepted', 'UNDER_REVIEW', 'ACCEPTED'), ('DELIVERED', 5, 'delivered', 'ACCEPTED', 'DELIVERED'),
  ('REJECTED', 2, 'submitted', 'CAPTURED', 'SUBMITTED'), ('REJECTED', 3, 'review opened', 'SUBMITTED', 'UNDER_REVIEW'),
  ('REJECTED', 4, 'rejected', 'UNDER_REVIEW', 'REJECTED'),
  ('CANCELLED', 2, 'cancelled', 'CAPTURED', 'CANCELLED');

-- the records: spread over two years (whole seconds), over the customers, sources, statuses and products
create temp table seed_requirement on commit drop as
select gen_random_uuid() as id, c.id as customer_id, g,
       (array['ORDER', 'CONTRACT_DRAFT', 'TECHNICAL_AGREEMENT', 'TENDER', 'ERP_ORDER'])[1 + g % 5] as source,
       (select s.status from seed_status s where s.upto >= r.pick order by s.upto limit 1) as status,
       date_trunc('second', now() - interval '730 days' * r.age) as created_at
from generate_series(1, :n) g
cross join lateral (select random() as pick, random() as age, g as again) r
join seed_customer c on c.k = g % :customers;

insert into requirement (id, customer_id, source, status, revision, content, review_id, created_by, created_at, updated_at,
                         version, unwritten, confirmation, discrepancies, deliveries)
select r.id, r.customer_id, r.source, r.status, case when r.status = 'AMENDED' then 2 else 1 end,
       jsonb_build_object('title', 'Seeded order ' || r.g, 'externalRef', 'SEED-PO-' || r.g,
         'items', jsonb_build_array(jsonb_build_object('productCode', 'PH-' || (100 + r.g % 40), 'description', 'pump housing',
           'specification', 'DN' || (50 + 10 * (r.g % 8)), 'quantity', 10 + r.g % 490, 'unit', 'pcs',
           'unitPrice', ((1000 + r.g % 9000) / 100.0)::text, 'currency', 'CNY', 'customSpecification', false)),
         'delivery', jsonb_build_object('dueDate', to_char(r.created_at + interval '90 days', 'YYYY-MM-DD'), 'place', 'Wuxi',
           'terms', 'FCA'),
         'services', '[]'::jsonb,
         'requirements', jsonb_build_array(jsonb_build_object('category', 'STATED', 'text', 'pressure tested to 2 MPa',
           'reference', null)),
         'quotationRef', null, 'quotation', null, 'highRisk', r.g % 50 = 0, 'paymentTerms', '30 days net'),
       case when r.status in ('CAPTURED', 'AWAITING_CONFIRMATION', 'CONFIRMED', 'SUBMITTED') or (r.status = 'CANCELLED')
            then null else gen_random_uuid() end,
       'seed.sales', r.created_at, r.created_at + interval '1 hour' * (select max(p.seq) - 1 from seed_path p where p.status = r.status),
       (select max(p.seq) - 1 from seed_path p where p.status = r.status), r.status in ('AWAITING_CONFIRMATION', 'CONFIRMED'),
       case when r.status = 'CONFIRMED' then jsonb_build_object('method', 'EMAIL', 'confirmedBy', 'Buyer', 'reference', null,
         'recordedBy', 'seed.sales', 'recordedAt', r.created_at + interval '1 hour') end,
       '[]'::jsonb,
       case when r.status = 'DELIVERED' then jsonb_build_array(jsonb_build_object('number', 1, 'reference', 'DN-' || r.g,
         'note', null, 'lines', jsonb_build_array(jsonb_build_object('productCode', 'PH-' || (100 + r.g % 40),
           'quantity', 10 + r.g % 490)),
         'deliveredAt', r.created_at + interval '4 hours', 'recordedBy', 'seed.sales',
         'acceptance', jsonb_build_object('accepted', true, 'category', null, 'reason', null,
           'at', r.created_at + interval '4 hours', 'recordedBy', 'seed.sales'))) else '[]'::jsonb end
from seed_requirement r;

insert into requirement_revision (requirement_id, revision, content, reason, changed_paths, created_by, created_at)
select r.id, 1, q.content, 'captured', '[]'::jsonb, 'seed.sales', r.created_at
from seed_requirement r join requirement q on q.id = r.id;
insert into requirement_revision (requirement_id, revision, content, reason, changed_paths, created_by, created_at)
select r.id, 2, q.content, 'more pumps later', '["items[0].quantity"]'::jsonb, 'seed.sales', r.created_at + interval '4 hours'
from seed_requirement r join requirement q on q.id = r.id where r.status = 'AMENDED';

-- the chains, one step (seq) at a time for all records at once: each entry's hash needs its predecessor's
create function pg_temp.audit_hash(previous_hash text, aggregate_id uuid, seq int, occurred_at timestamptz, action text,
                                   state_before text, state_after text) returns text language sql immutable as $$
  select encode(sha256(
      convert_to(previous_hash || E'\x1f' || 'requirement' || E'\x1f' || aggregate_id::text || E'\x1f' || seq::text
                 || E'\x1f' || 'seed.sales' || E'\x1f'
                 || to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || E'\x1f' || action || E'\x1f', 'UTF8')
      || coalesce(convert_to(state_before, 'UTF8'), '\x00'::bytea) || '\x1f'::bytea
      || coalesce(convert_to(state_after, 'UTF8'), '\x00'::bytea) || '\x1f'::bytea
      || '\x00'::bytea), 'hex')  -- detail: null
$$;
create temp table seed_audit (aggregate_id uuid, seq int, occurred_at timestamptz, action text, state_before text,
                              state_after text, previous_hash text, hash text, primary key (aggregate_id, seq)) on commit drop;
insert into seed_audit
select r.id, 1, r.created_at, p.action, p.state_before, p.state_after, repeat('0', 64),
       pg_temp.audit_hash(repeat('0', 64), r.id, 1, r.created_at, p.action, p.state_before, p.state_after)
from seed_requirement r join seed_path p on p.status = r.status and p.seq = 1;
do $$
begin
  for step in 2 .. (select max(seq) from seed_path) loop
    insert into seed_audit
    select r.id, step, r.created_at + interval '1 hour' * (step - 1), p.action, p.state_before, p.state_after, a.hash,
           pg_temp.audit_hash(a.hash, r.id, step, r.created_at + interval '1 hour' * (step - 1), p.action, p.state_before,
                              p.state_after)
    from seed_requirement r join seed_path p on p.status = r.status and p.seq = step
    join seed_audit a on a.aggregate_id = r.id and a.seq = step - 1;
  end loop;
end $$;

insert into audit_entry (aggregate_type, aggregate_id, seq, actor, occurred_at, action, state_before, state_after, detail,
                         previous_hash, hash)
select 'requirement', aggregate_id, seq, 'seed.sales', occurred_at, action, state_before, state_after, null, previous_hash, hash
from seed_audit order by occurred_at, aggregate_id, seq;

commit;
-- fresh statistics and visibility map: the planner knows the new rows, and index-only scans need no heap visits
vacuum analyze customer, requirement, requirement_revision, audit_entry;
select count(*) as seeded_requirements from requirement where created_by = 'seed.sales';
