-- Sorting (issue 13): the customer-property register keeps its default order, received_at desc, id desc (the id breaks
-- ties and is what a cursor continues after). Its indexes lacked the id, and the unfiltered register had none, so a
-- page sorted every match; now each ends in exactly that order, like the other lists' (V6).
drop index customer_property_customer_idx;
create index customer_property_customer_idx on customer_property (customer_id, received_at desc, id desc);
create index customer_property_received_idx on customer_property (received_at desc, id desc);
