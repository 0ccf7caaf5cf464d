-- Issue 14, the management review's customer-property section: only property with incidents is read, received
-- before the period's end (an incident is reported after its property was received).
create index customer_property_incidents_idx on customer_property (received_at) where incidents <> '[]'::jsonb;
