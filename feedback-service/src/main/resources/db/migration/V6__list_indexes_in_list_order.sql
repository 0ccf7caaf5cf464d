-- Lists at scale (issue 11): the list's order is received_at desc, id asc (the id breaks ties and is what a cursor
-- continues after); each filter gets an index in exactly that order, so a page reads only the entries it shows.
drop index feedback_customer_idx;
create index feedback_customer_idx on feedback (customer_id, received_at desc, id);
drop index feedback_received_idx;
create index feedback_received_idx on feedback (received_at desc, id);
