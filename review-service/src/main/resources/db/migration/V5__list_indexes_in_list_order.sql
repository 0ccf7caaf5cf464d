-- Lists at scale (issue 11): the list's order is opened_at desc, id desc (the id breaks ties and is what a cursor
-- continues after); each filter gets an index in exactly that order, so a page reads only the entries it shows.
drop index review_status_idx;
create index review_status_idx on review (status, opened_at desc, id desc);
drop index review_customer_idx;
create index review_customer_idx on review (customer_id, opened_at desc, id desc);
create index review_opened_idx on review (opened_at desc, id desc);
