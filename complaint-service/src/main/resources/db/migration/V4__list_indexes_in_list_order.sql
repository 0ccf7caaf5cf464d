-- Lists at scale (issue 11): the list's order is received_at desc, id asc (the id breaks ties and is what a cursor
-- continues after); each filter gets an index in exactly that order, so a page reads only the entries it shows.
drop index complaint_status_idx;
create index complaint_status_idx on complaint (status, received_at desc, id);
drop index complaint_customer_idx;
create index complaint_customer_idx on complaint (customer_id, received_at desc, id);
create index complaint_received_idx on complaint (received_at desc, id);
