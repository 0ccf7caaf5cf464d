-- Lists at scale (issue 11): every list reads its rows newest first with the id as the tie-break (created_at desc,
-- id desc), which is also what a cursor continues after. Each filter gets an index in exactly that order, so a page
-- (and the bounded count beside it) reads only the index entries it shows, however many rows match; the old
-- indexes lacked the id, so PostgreSQL sorted every match of a filter to find a page. EXPLAIN figures: README,
-- Benchmarks, scale.
drop index requirement_customer_idx;
create index requirement_customer_idx on requirement (customer_id, created_at desc, id desc);
drop index requirement_status_idx;
create index requirement_status_idx on requirement (status, created_at desc, id desc);
-- the unfiltered list, and from/to without another filter
create index requirement_created_idx on requirement (created_at desc, id desc);
-- the customer overview counts a customer's records per status
create index requirement_customer_status_idx on requirement (customer_id, status, created_at desc, id desc);
