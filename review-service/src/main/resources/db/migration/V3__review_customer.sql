alter table review add column customer_id uuid;
update review set customer_id = (requirement ->> 'customerId')::uuid where customer_id is null;
create index review_customer_idx on review (customer_id, opened_at desc);
